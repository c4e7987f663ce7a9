-- CreateTable
CREATE TABLE "HygieneCleaningTask" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "canteenId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "frequency" TEXT NOT NULL,
    "weekday" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" DATETIME,
    CONSTRAINT "HygieneCleaningTask_canteenId_fkey" FOREIGN KEY ("canteenId") REFERENCES "Canteen" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HygieneCleaningDone" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "canteenId" INTEGER NOT NULL,
    "taskId" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "personId" INTEGER,
    "name" TEXT NOT NULL,
    CONSTRAINT "HygieneCleaningDone_canteenId_fkey" FOREIGN KEY ("canteenId") REFERENCES "Canteen" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "HygieneCleaningDone_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "HygieneCleaningTask" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "HygieneCleaningTask_canteenId_key_key" ON "HygieneCleaningTask"("canteenId", "key");

-- CreateIndex
CREATE INDEX "HygieneCleaningDone_canteenId_date_idx" ON "HygieneCleaningDone"("canteenId", "date");

-- CreateIndex
CREATE INDEX "HygieneCleaningDone_personId_idx" ON "HygieneCleaningDone"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "HygieneCleaningDone_taskId_date_key" ON "HygieneCleaningDone"("taskId", "date");

