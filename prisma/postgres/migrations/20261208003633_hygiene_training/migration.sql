-- CreateTable
CREATE TABLE "HygieneTraining" (
    "id" SERIAL NOT NULL,
    "canteenId" INTEGER NOT NULL,
    "personId" INTEGER,
    "name" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,
    "byName" TEXT NOT NULL,

    CONSTRAINT "HygieneTraining_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HygieneTraining_canteenId_idx" ON "HygieneTraining"("canteenId");

-- CreateIndex
CREATE INDEX "HygieneTraining_personId_idx" ON "HygieneTraining"("personId");

-- AddForeignKey
ALTER TABLE "HygieneTraining" ADD CONSTRAINT "HygieneTraining_canteenId_fkey" FOREIGN KEY ("canteenId") REFERENCES "Canteen"("id") ON DELETE CASCADE ON UPDATE CASCADE;

