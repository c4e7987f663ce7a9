-- CreateTable
CREATE TABLE "LunchProgram" (
    "id" SERIAL NOT NULL,
    "canteenId" INTEGER NOT NULL,
    "groupId" INTEGER NOT NULL,
    "weekday" INTEGER NOT NULL DEFAULT 4,
    "tableSize" INTEGER NOT NULL DEFAULT 4,
    "closeTime" TEXT NOT NULL DEFAULT '17:00',
    "avoidRounds" INTEGER NOT NULL DEFAULT 4,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LunchProgram_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LunchMember" (
    "id" SERIAL NOT NULL,
    "programId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "team" TEXT,
    "pausedUntil" TEXT,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LunchMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LunchAvoid" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "avoidId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LunchAvoid_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LunchRound" (
    "id" SERIAL NOT NULL,
    "programId" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "participants" INTEGER NOT NULL,
    "formedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LunchRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LunchTable" (
    "id" SERIAL NOT NULL,
    "roundId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "icebreaker" INTEGER NOT NULL,

    CONSTRAINT "LunchTable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LunchSeat" (
    "id" SERIAL NOT NULL,
    "roundId" INTEGER NOT NULL,
    "tableId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "team" TEXT,
    "status" TEXT NOT NULL DEFAULT 'seated',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LunchSeat_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LunchProgram_groupId_key" ON "LunchProgram"("groupId");

-- CreateIndex
CREATE INDEX "LunchProgram_canteenId_idx" ON "LunchProgram"("canteenId");

-- CreateIndex
CREATE INDEX "LunchMember_personId_idx" ON "LunchMember"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "LunchMember_programId_personId_key" ON "LunchMember"("programId", "personId");

-- CreateIndex
CREATE INDEX "LunchAvoid_avoidId_idx" ON "LunchAvoid"("avoidId");

-- CreateIndex
CREATE UNIQUE INDEX "LunchAvoid_personId_avoidId_key" ON "LunchAvoid"("personId", "avoidId");

-- CreateIndex
CREATE UNIQUE INDEX "LunchRound_programId_date_key" ON "LunchRound"("programId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "LunchTable_roundId_number_key" ON "LunchTable"("roundId", "number");

-- CreateIndex
CREATE INDEX "LunchSeat_tableId_idx" ON "LunchSeat"("tableId");

-- CreateIndex
CREATE INDEX "LunchSeat_personId_idx" ON "LunchSeat"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "LunchSeat_roundId_personId_key" ON "LunchSeat"("roundId", "personId");

-- AddForeignKey
ALTER TABLE "LunchProgram" ADD CONSTRAINT "LunchProgram_canteenId_fkey" FOREIGN KEY ("canteenId") REFERENCES "Canteen"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LunchProgram" ADD CONSTRAINT "LunchProgram_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LunchMember" ADD CONSTRAINT "LunchMember_programId_fkey" FOREIGN KEY ("programId") REFERENCES "LunchProgram"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LunchMember" ADD CONSTRAINT "LunchMember_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LunchAvoid" ADD CONSTRAINT "LunchAvoid_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LunchAvoid" ADD CONSTRAINT "LunchAvoid_avoidId_fkey" FOREIGN KEY ("avoidId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LunchRound" ADD CONSTRAINT "LunchRound_programId_fkey" FOREIGN KEY ("programId") REFERENCES "LunchProgram"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LunchTable" ADD CONSTRAINT "LunchTable_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "LunchRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LunchSeat" ADD CONSTRAINT "LunchSeat_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "LunchRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LunchSeat" ADD CONSTRAINT "LunchSeat_tableId_fkey" FOREIGN KEY ("tableId") REFERENCES "LunchTable"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LunchSeat" ADD CONSTRAINT "LunchSeat_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

