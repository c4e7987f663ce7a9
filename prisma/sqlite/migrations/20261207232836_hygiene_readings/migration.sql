-- CreateTable
CREATE TABLE "HygieneEquipment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "canteenId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "min" REAL,
    "max" REAL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" DATETIME,
    CONSTRAINT "HygieneEquipment_canteenId_fkey" FOREIGN KEY ("canteenId") REFERENCES "Canteen" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HygieneReading" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "canteenId" INTEGER NOT NULL,
    "equipmentId" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "value" REAL NOT NULL,
    "min" REAL,
    "max" REAL,
    "within" BOOLEAN NOT NULL,
    "personId" INTEGER,
    "name" TEXT NOT NULL,
    "action" TEXT,
    "actionAt" DATETIME,
    "actionPersonId" INTEGER,
    "actionName" TEXT,
    CONSTRAINT "HygieneReading_canteenId_fkey" FOREIGN KEY ("canteenId") REFERENCES "Canteen" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "HygieneReading_equipmentId_fkey" FOREIGN KEY ("equipmentId") REFERENCES "HygieneEquipment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "HygieneEquipment_canteenId_key_key" ON "HygieneEquipment"("canteenId", "key");

-- CreateIndex
CREATE INDEX "HygieneReading_canteenId_date_idx" ON "HygieneReading"("canteenId", "date");

-- CreateIndex
CREATE INDEX "HygieneReading_personId_idx" ON "HygieneReading"("personId");

