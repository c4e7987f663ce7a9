-- AlterTable
ALTER TABLE "Canteen" ADD COLUMN     "holidays" TEXT;

-- CreateTable
CREATE TABLE "Closure" (
    "id" SERIAL NOT NULL,
    "canteenId" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'closed',
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Closure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Closure_canteenId_date_key" ON "Closure"("canteenId", "date");

-- AddForeignKey
ALTER TABLE "Closure" ADD CONSTRAINT "Closure_canteenId_fkey" FOREIGN KEY ("canteenId") REFERENCES "Canteen"("id") ON DELETE CASCADE ON UPDATE CASCADE;

