-- AlterTable
ALTER TABLE "LinkCode" ADD COLUMN "madeBy" TEXT;
ALTER TABLE "LinkCode" ADD COLUMN "seenBy" TEXT;

