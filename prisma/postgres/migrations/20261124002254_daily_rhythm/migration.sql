-- AlterTable
ALTER TABLE "Canteen" ADD COLUMN     "alertTime" TEXT NOT NULL DEFAULT '16:00',
ADD COLUMN     "announceText" TEXT,
ADD COLUMN     "announceTime" TEXT NOT NULL DEFAULT '10:00',
ADD COLUMN     "covers" INTEGER NOT NULL DEFAULT 40,
ADD COLUMN     "helpText" TEXT,
ADD COLUMN     "pollDeadline" TEXT NOT NULL DEFAULT '11:00',
ADD COLUMN     "reminderText" TEXT,
ADD COLUMN     "reminderTime" TEXT NOT NULL DEFAULT '18:00';

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "allergies" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "diets" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Identity" ADD COLUMN     "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "menu" TEXT,
ADD COLUMN     "menuAllergens" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "menuDiets" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "pollClosedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "LinkCode" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "personId" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "LinkCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" SERIAL NOT NULL,
    "serviceId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "eating" BOOLEAN NOT NULL,
    "guests" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Job" (
    "id" SERIAL NOT NULL,
    "canteenId" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "runAt" TIMESTAMP(3) NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "lockedBy" TEXT,
    "lockedUntil" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "note" TEXT,
    "finishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" SERIAL NOT NULL,
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
    "notBefore" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedBy" TEXT,
    "lockedUntil" TIMESTAMP(3),
    "messageId" TEXT,
    "sentChat" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "renderedVersion" INTEGER NOT NULL DEFAULT 0,
    "editAfter" TIMESTAMP(3),
    "error" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "LinkCode" ADD CONSTRAINT "LinkCode_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

