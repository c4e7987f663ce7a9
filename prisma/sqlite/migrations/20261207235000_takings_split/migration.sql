-- CreateTable
CREATE TABLE "TakingsSplit" (
    "serviceId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "cash" INTEGER,
    "card" INTEGER,
    "cheque" INTEGER,
    CONSTRAINT "TakingsSplit_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

