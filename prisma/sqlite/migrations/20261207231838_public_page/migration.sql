-- AlterTable
ALTER TABLE "Canteen" ADD COLUMN "access" TEXT;
ALTER TABLE "Canteen" ADD COLUMN "address" TEXT;
ALTER TABLE "Canteen" ADD COLUMN "publicPage" BOOLEAN;

