-- CreateTable
CREATE TABLE "BoardLogin" (
    "id" SERIAL NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "personId" INTEGER NOT NULL,
    "canteenId" INTEGER,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoardLogin_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardSession" (
    "id" SERIAL NOT NULL,
    "idHash" TEXT NOT NULL,
    "personId" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoardSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BoardLogin_tokenHash_key" ON "BoardLogin"("tokenHash");

-- CreateIndex
CREATE INDEX "BoardLogin_personId_idx" ON "BoardLogin"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "BoardSession_idHash_key" ON "BoardSession"("idHash");

-- CreateIndex
CREATE INDEX "BoardSession_personId_idx" ON "BoardSession"("personId");

-- AddForeignKey
ALTER TABLE "BoardLogin" ADD CONSTRAINT "BoardLogin_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardSession" ADD CONSTRAINT "BoardSession_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

