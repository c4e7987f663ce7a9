-- CreateTable
CREATE TABLE "TakingsSplit" (
    "serviceId" INTEGER NOT NULL,
    "cash" INTEGER,
    "card" INTEGER,
    "cheque" INTEGER,

    CONSTRAINT "TakingsSplit_pkey" PRIMARY KEY ("serviceId")
);

-- AddForeignKey
ALTER TABLE "TakingsSplit" ADD CONSTRAINT "TakingsSplit_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

