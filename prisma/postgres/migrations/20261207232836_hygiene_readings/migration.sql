-- CreateTable
CREATE TABLE "HygieneEquipment" (
    "id" SERIAL NOT NULL,
    "canteenId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "min" DOUBLE PRECISION,
    "max" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "HygieneEquipment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HygieneReading" (
    "id" SERIAL NOT NULL,
    "canteenId" INTEGER NOT NULL,
    "equipmentId" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "min" DOUBLE PRECISION,
    "max" DOUBLE PRECISION,
    "within" BOOLEAN NOT NULL,
    "personId" INTEGER,
    "name" TEXT NOT NULL,
    "action" TEXT,
    "actionAt" TIMESTAMP(3),
    "actionPersonId" INTEGER,
    "actionName" TEXT,

    CONSTRAINT "HygieneReading_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HygieneEquipment_canteenId_key_key" ON "HygieneEquipment"("canteenId", "key");

-- CreateIndex
CREATE INDEX "HygieneReading_canteenId_date_idx" ON "HygieneReading"("canteenId", "date");

-- CreateIndex
CREATE INDEX "HygieneReading_personId_idx" ON "HygieneReading"("personId");

-- AddForeignKey
ALTER TABLE "HygieneEquipment" ADD CONSTRAINT "HygieneEquipment_canteenId_fkey" FOREIGN KEY ("canteenId") REFERENCES "Canteen"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HygieneReading" ADD CONSTRAINT "HygieneReading_canteenId_fkey" FOREIGN KEY ("canteenId") REFERENCES "Canteen"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HygieneReading" ADD CONSTRAINT "HygieneReading_equipmentId_fkey" FOREIGN KEY ("equipmentId") REFERENCES "HygieneEquipment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

