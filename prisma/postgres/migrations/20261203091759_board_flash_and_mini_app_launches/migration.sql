-- AlterTable
ALTER TABLE "BoardSession" ADD COLUMN     "flash" TEXT;

-- CreateTable
CREATE TABLE "MiniAppLaunch" (
    "hash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MiniAppLaunch_pkey" PRIMARY KEY ("hash")
);

