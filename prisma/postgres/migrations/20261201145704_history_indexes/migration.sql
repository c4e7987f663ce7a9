-- DropIndex
DROP INDEX "Attendance_personId_idx";

-- DropIndex
DROP INDEX "SignUp_personId_idx";

-- CreateIndex
CREATE INDEX "Attendance_personId_serviceId_eating_idx" ON "Attendance"("personId", "serviceId", "eating");

-- CreateIndex
CREATE INDEX "SignUp_personId_serviceId_status_idx" ON "SignUp"("personId", "serviceId", "status");

