-- CreateTable
CREATE TABLE "Network" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Network_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkCanteen" (
    "id" SERIAL NOT NULL,
    "networkId" INTEGER NOT NULL,
    "canteenId" INTEGER NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NetworkCanteen_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkManager" (
    "id" SERIAL NOT NULL,
    "networkId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NetworkManager_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkInvite" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "networkId" INTEGER NOT NULL,
    "createdBy" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "usedBy" INTEGER,

    CONSTRAINT "NetworkInvite_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Network_slug_key" ON "Network"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "NetworkCanteen_canteenId_key" ON "NetworkCanteen"("canteenId");

-- CreateIndex
CREATE INDEX "NetworkCanteen_networkId_idx" ON "NetworkCanteen"("networkId");

-- CreateIndex
CREATE INDEX "NetworkManager_personId_idx" ON "NetworkManager"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "NetworkManager_networkId_personId_key" ON "NetworkManager"("networkId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "NetworkInvite_code_key" ON "NetworkInvite"("code");

-- AddForeignKey
ALTER TABLE "NetworkCanteen" ADD CONSTRAINT "NetworkCanteen_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkCanteen" ADD CONSTRAINT "NetworkCanteen_canteenId_fkey" FOREIGN KEY ("canteenId") REFERENCES "Canteen"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkManager" ADD CONSTRAINT "NetworkManager_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkManager" ADD CONSTRAINT "NetworkManager_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkInvite" ADD CONSTRAINT "NetworkInvite_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

