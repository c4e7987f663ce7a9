-- AlterTable
ALTER TABLE "Canteen" ADD COLUMN "endTime" TEXT;
ALTER TABLE "Canteen" ADD COLUMN "hourValue" INTEGER;
ALTER TABLE "Canteen" ADD COLUMN "roleHours" TEXT;

-- CreateTable
CREATE TABLE "TeamMember" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "serviceId" INTEGER NOT NULL,
    "personId" INTEGER,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "came" BOOLEAN NOT NULL DEFAULT true,
    "helper" BOOLEAN NOT NULL DEFAULT false,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TeamMember_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "TeamMember_serviceId_idx" ON "TeamMember"("serviceId");

-- CreateIndex
CREATE INDEX "TeamMember_personId_idx" ON "TeamMember"("personId");

