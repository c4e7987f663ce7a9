-- AlterTable
ALTER TABLE "Person" ADD COLUMN "locale" TEXT;
ALTER TABLE "Person" ADD COLUMN "reportedLocale" TEXT;

-- CreateTable
CREATE TABLE "Replacement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "serviceId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "requesterId" INTEGER NOT NULL,
    "takerId" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" DATETIME,
    CONSTRAINT "Replacement_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Replacement_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Replacement_takerId_fkey" FOREIGN KEY ("takerId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Replacement_serviceId_requesterId_idx" ON "Replacement"("serviceId", "requesterId");

-- CreateIndex
CREATE INDEX "Replacement_requesterId_idx" ON "Replacement"("requesterId");

