-- DropIndex
DROP INDEX "SurveyCount_serviceId_question_answer_key";

-- DropIndex
DROP INDEX "SurveyMark_serviceId_personId_question_key";

-- AlterTable
ALTER TABLE "SurveyCount" DROP CONSTRAINT "SurveyCount_pkey",
DROP COLUMN "id",
ADD CONSTRAINT "SurveyCount_pkey" PRIMARY KEY ("serviceId", "question", "answer");

-- AlterTable
ALTER TABLE "SurveyMark" DROP CONSTRAINT "SurveyMark_pkey",
DROP COLUMN "id",
ADD CONSTRAINT "SurveyMark_pkey" PRIMARY KEY ("serviceId", "personId", "question");


-- Rewrite every survey row once, so no row keeps the transaction id (xmin) of the press that
-- wrote it: old counts would otherwise still share it with their last chooser's marker.
UPDATE "SurveyCount" SET "count" = "count";
UPDATE "SurveyMark" SET "question" = "question";
