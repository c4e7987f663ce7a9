-- CreateTable
CREATE TABLE "HygieneTraining" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "canteenId" INTEGER NOT NULL,
    "personId" INTEGER,
    "name" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL,
    "byName" TEXT NOT NULL,
    CONSTRAINT "HygieneTraining_canteenId_fkey" FOREIGN KEY ("canteenId") REFERENCES "Canteen" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "HygieneTraining_canteenId_idx" ON "HygieneTraining"("canteenId");

-- CreateIndex
CREATE INDEX "HygieneTraining_personId_idx" ON "HygieneTraining"("personId");

