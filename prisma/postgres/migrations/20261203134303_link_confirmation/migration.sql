-- AlterTable
ALTER TABLE "LinkCode" ADD COLUMN     "madeBy" TEXT,
ADD COLUMN     "seenBy" TEXT;

