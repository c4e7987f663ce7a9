-- Codes are kept only as a slow hash (src/store/codes.ts). Codes stored in clear until now cannot
-- be hashed here (scrypt is not in SQL): they are invalidated — every old row keeps its history
-- (who made it, when it was used) under a "codeHash" no typed code can ever match.

-- DropIndex
DROP INDEX "Invite_code_key";
DROP INDEX "LinkCode_code_key";
DROP INDEX "NetworkInvite_code_key";

-- AlterTable: the clear code is replaced, never kept
ALTER TABLE "Invite" RENAME COLUMN "code" TO "codeHash";
UPDATE "Invite" SET "codeHash" = 'invalidated:' || "id";
ALTER TABLE "LinkCode" RENAME COLUMN "code" TO "codeHash";
UPDATE "LinkCode" SET "codeHash" = 'invalidated:' || "id";
ALTER TABLE "NetworkInvite" RENAME COLUMN "code" TO "codeHash";
UPDATE "NetworkInvite" SET "codeHash" = 'invalidated:' || "id";

-- CreateIndex
CREATE UNIQUE INDEX "Invite_codeHash_key" ON "Invite"("codeHash");
CREATE UNIQUE INDEX "LinkCode_codeHash_key" ON "LinkCode"("codeHash");
CREATE UNIQUE INDEX "NetworkInvite_codeHash_key" ON "NetworkInvite"("codeHash");
