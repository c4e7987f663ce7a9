-- CreateTable
CREATE TABLE "ServiceWaste" (
    "serviceId" INTEGER NOT NULL,
    "waste" INTEGER,
    "wastePlates" INTEGER,
    "wasteUnserved" INTEGER,
    "wastePrep" INTEGER,

    CONSTRAINT "ServiceWaste_pkey" PRIMARY KEY ("serviceId")
);

-- AddForeignKey
ALTER TABLE "ServiceWaste" ADD CONSTRAINT "ServiceWaste_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

