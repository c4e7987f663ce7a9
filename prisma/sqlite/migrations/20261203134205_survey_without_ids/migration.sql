-- Survey counts and markers lose their ids (they tied answers to people); markers are copied
-- sorted by person, not in the order they were written.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SurveyCount" (
    "serviceId" INTEGER NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("serviceId", "question", "answer"),
    CONSTRAINT "SurveyCount_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_SurveyCount" ("answer", "count", "question", "serviceId") SELECT "answer", "count", "question", "serviceId" FROM "SurveyCount";
DROP TABLE "SurveyCount";
ALTER TABLE "new_SurveyCount" RENAME TO "SurveyCount";
CREATE TABLE "new_SurveyMark" (
    "serviceId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "question" TEXT NOT NULL,

    PRIMARY KEY ("serviceId", "personId", "question"),
    CONSTRAINT "SurveyMark_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_SurveyMark" ("personId", "question", "serviceId") SELECT "personId", "question", "serviceId" FROM "SurveyMark" ORDER BY "serviceId", "personId", "question";
DROP TABLE "SurveyMark";
ALTER TABLE "new_SurveyMark" RENAME TO "SurveyMark";
CREATE INDEX "SurveyMark_personId_idx" ON "SurveyMark"("personId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

