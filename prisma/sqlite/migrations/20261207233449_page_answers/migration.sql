-- CreateTable
CREATE TABLE "PageAnswer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "serviceId" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,
    "firstName" TEXT,
    "browser" TEXT NOT NULL,
    CONSTRAINT "PageAnswer_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PageAnswer_serviceId_browser_idx" ON "PageAnswer"("serviceId", "browser");

