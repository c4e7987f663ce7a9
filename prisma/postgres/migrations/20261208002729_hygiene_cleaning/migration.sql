-- CreateTable
CREATE TABLE "HygieneCleaningTask" (
    "id" SERIAL NOT NULL,
    "canteenId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "frequency" TEXT NOT NULL,
    "weekday" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "HygieneCleaningTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HygieneCleaningDone" (
    "id" SERIAL NOT NULL,
    "canteenId" INTEGER NOT NULL,
    "taskId" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "personId" INTEGER,
    "name" TEXT NOT NULL,

    CONSTRAINT "HygieneCleaningDone_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HygieneCleaningTask_canteenId_key_key" ON "HygieneCleaningTask"("canteenId", "key");

-- CreateIndex
CREATE INDEX "HygieneCleaningDone_canteenId_date_idx" ON "HygieneCleaningDone"("canteenId", "date");

-- CreateIndex
CREATE INDEX "HygieneCleaningDone_personId_idx" ON "HygieneCleaningDone"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "HygieneCleaningDone_taskId_date_key" ON "HygieneCleaningDone"("taskId", "date");

-- AddForeignKey
ALTER TABLE "HygieneCleaningTask" ADD CONSTRAINT "HygieneCleaningTask_canteenId_fkey" FOREIGN KEY ("canteenId") REFERENCES "Canteen"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HygieneCleaningDone" ADD CONSTRAINT "HygieneCleaningDone_canteenId_fkey" FOREIGN KEY ("canteenId") REFERENCES "Canteen"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HygieneCleaningDone" ADD CONSTRAINT "HygieneCleaningDone_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "HygieneCleaningTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

