-- AlterTable
ALTER TABLE "Service" ADD COLUMN "covers" INTEGER;
ALTER TABLE "Service" ADD COLUMN "currency" TEXT;
ALTER TABLE "Service" ADD COLUMN "forecast" INTEGER;
ALTER TABLE "Service" ADD COLUMN "pollCovers" INTEGER;
ALTER TABLE "Service" ADD COLUMN "spent" INTEGER;
ALTER TABLE "Service" ADD COLUMN "takings" INTEGER;

-- CreateTable
CREATE TABLE "ServiceChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "serviceId" INTEGER NOT NULL,
    "personId" INTEGER,
    "actorName" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "oldValue" INTEGER,
    "newValue" INTEGER,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ServiceChange_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SurveyCount" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "serviceId" INTEGER NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "SurveyCount_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SurveyMark" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "serviceId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "question" TEXT NOT NULL,
    CONSTRAINT "SurveyMark_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "ingredientCost" INTEGER,
    "runningCost" INTEGER,
    "closeOutTime" TEXT NOT NULL DEFAULT '14:30',
    "surveyTime" TEXT DEFAULT '14:00',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Canteen" ("alertTime", "announceText", "announceTime", "cookTime", "covers", "createdAt", "helpText", "id", "locale", "lunchTime", "name", "openDays", "pollDeadline", "reminderText", "reminderTime", "slug", "timezone") SELECT "alertTime", "announceText", "announceTime", "cookTime", "covers", "createdAt", "helpText", "id", "locale", "lunchTime", "name", "openDays", "pollDeadline", "reminderText", "reminderTime", "slug", "timezone" FROM "Canteen";
DROP TABLE "Canteen";
ALTER TABLE "new_Canteen" RENAME TO "Canteen";
CREATE UNIQUE INDEX "Canteen_slug_key" ON "Canteen"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ServiceChange_serviceId_idx" ON "ServiceChange"("serviceId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyCount_serviceId_question_answer_key" ON "SurveyCount"("serviceId", "question", "answer");

-- CreateIndex
CREATE INDEX "SurveyMark_personId_idx" ON "SurveyMark"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyMark_serviceId_personId_question_key" ON "SurveyMark"("serviceId", "personId", "question");

