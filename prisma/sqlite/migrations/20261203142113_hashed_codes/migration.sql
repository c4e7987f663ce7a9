-- Codes are kept only as a slow hash (src/store/codes.ts). Codes stored in clear until now cannot
-- be hashed here (scrypt is not in SQL): they are invalidated — every old row keeps its history
-- (who made it, when it was used) under a "codeHash" no typed code can ever match.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Invite" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "codeHash" TEXT NOT NULL,
    "canteenId" INTEGER NOT NULL,
    "createdBy" INTEGER NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    CONSTRAINT "Invite_canteenId_fkey" FOREIGN KEY ("canteenId") REFERENCES "Canteen" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Invite" ("codeHash", "canteenId", "createdBy", "expiresAt", "id", "usedAt") SELECT 'invalidated:' || "id", "canteenId", "createdBy", "expiresAt", "id", "usedAt" FROM "Invite";
DROP TABLE "Invite";
ALTER TABLE "new_Invite" RENAME TO "Invite";
CREATE UNIQUE INDEX "Invite_codeHash_key" ON "Invite"("codeHash");
CREATE TABLE "new_LinkCode" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "codeHash" TEXT NOT NULL,
    "personId" INTEGER NOT NULL,
    "madeBy" TEXT,
    "seenBy" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    CONSTRAINT "LinkCode_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_LinkCode" ("codeHash", "expiresAt", "id", "madeBy", "personId", "seenBy", "usedAt") SELECT 'invalidated:' || "id", "expiresAt", "id", "madeBy", "personId", "seenBy", "usedAt" FROM "LinkCode";
DROP TABLE "LinkCode";
ALTER TABLE "new_LinkCode" RENAME TO "LinkCode";
CREATE UNIQUE INDEX "LinkCode_codeHash_key" ON "LinkCode"("codeHash");
CREATE TABLE "new_NetworkInvite" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "codeHash" TEXT NOT NULL,
    "networkId" INTEGER NOT NULL,
    "createdBy" INTEGER NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "usedBy" INTEGER,
    CONSTRAINT "NetworkInvite_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_NetworkInvite" ("codeHash", "createdBy", "expiresAt", "id", "networkId", "usedAt", "usedBy") SELECT 'invalidated:' || "id", "createdBy", "expiresAt", "id", "networkId", "usedAt", "usedBy" FROM "NetworkInvite";
DROP TABLE "NetworkInvite";
ALTER TABLE "new_NetworkInvite" RENAME TO "NetworkInvite";
CREATE UNIQUE INDEX "NetworkInvite_codeHash_key" ON "NetworkInvite"("codeHash");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

