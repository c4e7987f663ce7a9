-- CreateTable
CREATE TABLE "ServiceWaste" (
    "serviceId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "waste" INTEGER,
    "wastePlates" INTEGER,
    "wasteUnserved" INTEGER,
    "wastePrep" INTEGER,
    CONSTRAINT "ServiceWaste_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

