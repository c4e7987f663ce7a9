-- CreateTable
CREATE TABLE "HygieneDishRecord" (
    "id" SERIAL NOT NULL,
    "canteenId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "dish" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "startValue" DOUBLE PRECISION,
    "startAt" TIMESTAMP(3) NOT NULL,
    "value" DOUBLE PRECISION,
    "at" TIMESTAMP(3),
    "within" BOOLEAN,
    "min" DOUBLE PRECISION,
    "max" DOUBLE PRECISION,
    "minutes" INTEGER,
    "personId" INTEGER,
    "name" TEXT NOT NULL,
    "promptedAt" TIMESTAMP(3),
    "missedAt" TIMESTAMP(3),
    "action" TEXT,
    "actionAt" TIMESTAMP(3),
    "actionPersonId" INTEGER,
    "actionName" TEXT,

    CONSTRAINT "HygieneDishRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HygieneDishRecord_canteenId_date_idx" ON "HygieneDishRecord"("canteenId", "date");

-- CreateIndex
CREATE INDEX "HygieneDishRecord_kind_at_startAt_idx" ON "HygieneDishRecord"("kind", "at", "startAt");

-- CreateIndex
CREATE INDEX "HygieneDishRecord_personId_idx" ON "HygieneDishRecord"("personId");

-- AddForeignKey
ALTER TABLE "HygieneDishRecord" ADD CONSTRAINT "HygieneDishRecord_canteenId_fkey" FOREIGN KEY ("canteenId") REFERENCES "Canteen"("id") ON DELETE CASCADE ON UPDATE CASCADE;

