-- AlterTable
ALTER TABLE "BoardSession" ADD COLUMN "flash" TEXT;

-- CreateTable
CREATE TABLE "MiniAppLaunch" (
    "hash" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL
);

