-- CreateTable
CREATE TABLE "PageAnswer" (
    "id" SERIAL NOT NULL,
    "serviceId" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,
    "firstName" TEXT,
    "browser" TEXT NOT NULL,

    CONSTRAINT "PageAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PageAnswer_serviceId_browser_idx" ON "PageAnswer"("serviceId", "browser");

-- AddForeignKey
ALTER TABLE "PageAnswer" ADD CONSTRAINT "PageAnswer_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

