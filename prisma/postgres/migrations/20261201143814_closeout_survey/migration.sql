-- AlterTable
ALTER TABLE "Canteen" ADD COLUMN     "closeOutTime" TEXT NOT NULL DEFAULT '14:30',
ADD COLUMN     "currency" TEXT NOT NULL DEFAULT 'EUR',
ADD COLUMN     "ingredientCost" INTEGER,
ADD COLUMN     "runningCost" INTEGER,
ADD COLUMN     "surveyTime" TEXT DEFAULT '14:00';

-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "covers" INTEGER,
ADD COLUMN     "currency" TEXT,
ADD COLUMN     "forecast" INTEGER,
ADD COLUMN     "pollCovers" INTEGER,
ADD COLUMN     "spent" INTEGER,
ADD COLUMN     "takings" INTEGER;

-- CreateTable
CREATE TABLE "ServiceChange" (
    "id" SERIAL NOT NULL,
    "serviceId" INTEGER NOT NULL,
    "personId" INTEGER,
    "actorName" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "oldValue" INTEGER,
    "newValue" INTEGER,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyCount" (
    "id" SERIAL NOT NULL,
    "serviceId" INTEGER NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SurveyCount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyMark" (
    "id" SERIAL NOT NULL,
    "serviceId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "question" TEXT NOT NULL,

    CONSTRAINT "SurveyMark_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ServiceChange_serviceId_idx" ON "ServiceChange"("serviceId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyCount_serviceId_question_answer_key" ON "SurveyCount"("serviceId", "question", "answer");

-- CreateIndex
CREATE INDEX "SurveyMark_personId_idx" ON "SurveyMark"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyMark_serviceId_personId_question_key" ON "SurveyMark"("serviceId", "personId", "question");

-- AddForeignKey
ALTER TABLE "ServiceChange" ADD CONSTRAINT "ServiceChange_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyCount" ADD CONSTRAINT "SurveyCount_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyMark" ADD CONSTRAINT "SurveyMark_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

