-- AlterTable
ALTER TABLE "Canteen" ADD COLUMN     "access" TEXT,
ADD COLUMN     "address" TEXT,
ADD COLUMN     "publicPage" BOOLEAN;

