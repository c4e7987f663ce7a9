-- CreateTable
CREATE TABLE "LinkCode" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "personId" INTEGER NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    CONSTRAINT "LinkCode_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "serviceId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "eating" BOOLEAN NOT NULL,
    "guests" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Attendance_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attendance_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Job" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "canteenId" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "runAt" DATETIME NOT NULL,
    "deadline" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "lockedBy" TEXT,
    "lockedUntil" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "note" TEXT,
    "finishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "canteenId" INTEGER,
    "kind" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "targetKind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "payload" TEXT,
    "fallback" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "notBefore" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedBy" TEXT,
    "lockedUntil" DATETIME,
    "messageId" TEXT,
    "sentChat" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "renderedVersion" INTEGER NOT NULL DEFAULT 0,
    "editAfter" DATETIME,
    "error" TEXT,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Canteen" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "timezone" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "openDays" TEXT NOT NULL DEFAULT '1,2,3,4,5',
    "cookTime" TEXT NOT NULL DEFAULT '09:30',
    "lunchTime" TEXT NOT NULL DEFAULT '12:30',
    "announceTime" TEXT NOT NULL DEFAULT '10:00',
    "pollDeadline" TEXT NOT NULL DEFAULT '11:00',
    "reminderTime" TEXT NOT NULL DEFAULT '18:00',
    "alertTime" TEXT NOT NULL DEFAULT '16:00',
    "covers" INTEGER NOT NULL DEFAULT 40,
    "announceText" TEXT,
    "reminderText" TEXT,
    "helpText" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Canteen" ("cookTime", "createdAt", "id", "locale", "lunchTime", "name", "openDays", "slug", "timezone") SELECT "cookTime", "createdAt", "id", "locale", "lunchTime", "name", "openDays", "slug", "timezone" FROM "Canteen";
DROP TABLE "Canteen";
ALTER TABLE "new_Canteen" RENAME TO "Canteen";
CREATE UNIQUE INDEX "Canteen_slug_key" ON "Canteen"("slug");
CREATE TABLE "new_Person" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "displayName" TEXT NOT NULL,
    "placeholder" BOOLEAN NOT NULL DEFAULT false,
    "diets" TEXT NOT NULL DEFAULT '',
    "allergies" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Person" ("createdAt", "displayName", "id", "placeholder") SELECT "createdAt", "displayName", "id", "placeholder" FROM "Person";
DROP TABLE "Person";
ALTER TABLE "new_Person" RENAME TO "Person";
CREATE TABLE "new_Identity" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "address" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "personId" INTEGER NOT NULL,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Identity_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Identity" ("address", "createdAt", "displayName", "id", "personId", "platform") SELECT "address", "createdAt", "displayName", "id", "personId", "platform" FROM "Identity";
DROP TABLE "Identity";
ALTER TABLE "new_Identity" RENAME TO "Identity";
CREATE UNIQUE INDEX "Identity_address_key" ON "Identity"("address");
CREATE INDEX "Identity_personId_idx" ON "Identity"("personId");
CREATE TABLE "new_Service" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "canteenId" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "menu" TEXT,
    "menuDiets" TEXT NOT NULL DEFAULT '',
    "menuAllergens" TEXT NOT NULL DEFAULT '',
    "pollClosedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Service_canteenId_fkey" FOREIGN KEY ("canteenId") REFERENCES "Canteen" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Service" ("canteenId", "createdAt", "date", "id") SELECT "canteenId", "createdAt", "date", "id" FROM "Service";
DROP TABLE "Service";
ALTER TABLE "new_Service" RENAME TO "Service";
CREATE UNIQUE INDEX "Service_canteenId_date_key" ON "Service"("canteenId", "date");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "LinkCode_code_key" ON "LinkCode"("code");

-- CreateIndex
CREATE INDEX "Attendance_personId_idx" ON "Attendance"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Attendance_serviceId_personId_key" ON "Attendance"("serviceId", "personId");

-- CreateIndex
CREATE INDEX "Job_status_runAt_idx" ON "Job"("status", "runAt");

-- CreateIndex
CREATE UNIQUE INDEX "Job_canteenId_date_kind_key" ON "Job"("canteenId", "date", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_key_key" ON "Delivery"("key");

-- CreateIndex
CREATE INDEX "Delivery_status_platform_notBefore_idx" ON "Delivery"("status", "platform", "notBefore");

-- CreateIndex
CREATE INDEX "Delivery_canteenId_kind_subject_idx" ON "Delivery"("canteenId", "kind", "subject");

