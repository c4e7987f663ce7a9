-- CreateTable
CREATE TABLE "HygieneDishRecord" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "canteenId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "dish" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "startValue" REAL,
    "startAt" DATETIME NOT NULL,
    "value" REAL,
    "at" DATETIME,
    "within" BOOLEAN,
    "min" REAL,
    "max" REAL,
    "minutes" INTEGER,
    "personId" INTEGER,
    "name" TEXT NOT NULL,
    "promptedAt" DATETIME,
    "missedAt" DATETIME,
    "action" TEXT,
    "actionAt" DATETIME,
    "actionPersonId" INTEGER,
    "actionName" TEXT,
    CONSTRAINT "HygieneDishRecord_canteenId_fkey" FOREIGN KEY ("canteenId") REFERENCES "Canteen" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "HygieneDishRecord_canteenId_date_idx" ON "HygieneDishRecord"("canteenId", "date");

-- CreateIndex
CREATE INDEX "HygieneDishRecord_kind_at_startAt_idx" ON "HygieneDishRecord"("kind", "at", "startAt");

-- CreateIndex
CREATE INDEX "HygieneDishRecord_personId_idx" ON "HygieneDishRecord"("personId");

