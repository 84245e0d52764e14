-- CreateTable
CREATE TABLE "Delivery" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "chatId" BIGINT NOT NULL,
    "payload" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "notBefore" DATETIME NOT NULL,
    "claimToken" TEXT,
    "claimedAt" DATETIME,
    "inDoubt" BOOLEAN NOT NULL DEFAULT false,
    "sentAt" DATETIME,
    "broadcastId" INTEGER,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Delivery_broadcastId_fkey" FOREIGN KEY ("broadcastId") REFERENCES "Broadcast" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UnreachableChat" (
    "chatId" BIGINT NOT NULL PRIMARY KEY,
    "since" DATETIME NOT NULL,
    "reason" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Broadcast" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "senderId" INTEGER,
    "senderTelegramId" BIGINT NOT NULL,
    "audience" TEXT NOT NULL,
    "audienceLabel" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "mandatory" BOOLEAN NOT NULL DEFAULT false,
    "total" INTEGER NOT NULL,
    "scheduledAt" DATETIME NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'scheduled',
    "progressChatId" BIGINT,
    "progressMessageId" INTEGER,
    "createdAt" DATETIME NOT NULL,
    "stoppedAt" DATETIME,
    "completedAt" DATETIME
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Member" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "telegramId" BIGINT NOT NULL,
    "telegramUsername" TEXT,
    "fullName" TEXT NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "position" TEXT NOT NULL,
    "nip" TEXT,
    "phone" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "role" TEXT NOT NULL DEFAULT 'member',
    "language" TEXT NOT NULL DEFAULT 'id',
    "timezone" TEXT NOT NULL DEFAULT 'Asia/Jakarta',
    "consentAt" DATETIME NOT NULL,
    "consentVersion" TEXT NOT NULL,
    "registeredAt" DATETIME NOT NULL,
    "reviewedAt" DATETIME,
    "reviewedById" INTEGER,
    "rejectionReason" TEXT,
    "suspensionReason" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "broadcastOptOut" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Member_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Member_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Member" ("agencyId", "consentAt", "consentVersion", "createdAt", "fullName", "id", "language", "nip", "phone", "position", "registeredAt", "rejectionReason", "reviewedAt", "reviewedById", "role", "searchText", "status", "suspensionReason", "telegramId", "telegramUsername", "timezone", "updatedAt") SELECT "agencyId", "consentAt", "consentVersion", "createdAt", "fullName", "id", "language", "nip", "phone", "position", "registeredAt", "rejectionReason", "reviewedAt", "reviewedById", "role", "searchText", "status", "suspensionReason", "telegramId", "telegramUsername", "timezone", "updatedAt" FROM "Member";
DROP TABLE "Member";
ALTER TABLE "new_Member" RENAME TO "Member";
CREATE UNIQUE INDEX "Member_telegramId_key" ON "Member"("telegramId");
CREATE INDEX "Member_status_idx" ON "Member"("status");
CREATE INDEX "Member_role_idx" ON "Member"("role");
CREATE INDEX "Member_agencyId_idx" ON "Member"("agencyId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_dedupeKey_key" ON "Delivery"("dedupeKey");

-- CreateIndex
CREATE INDEX "Delivery_state_notBefore_idx" ON "Delivery"("state", "notBefore");

-- CreateIndex
CREATE INDEX "Delivery_broadcastId_state_idx" ON "Delivery"("broadcastId", "state");

-- CreateIndex
CREATE INDEX "Delivery_chatId_state_idx" ON "Delivery"("chatId", "state");

-- CreateIndex
CREATE INDEX "Delivery_claimToken_idx" ON "Delivery"("claimToken");

-- CreateIndex
CREATE INDEX "Broadcast_createdAt_idx" ON "Broadcast"("createdAt");
