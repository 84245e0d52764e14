-- CreateTable
CREATE TABLE "ChatLock" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "JobRun" (
    "job" TEXT NOT NULL,
    "slot" TEXT NOT NULL,
    "claimedBy" TEXT NOT NULL,
    "claimedAt" DATETIME NOT NULL,

    PRIMARY KEY ("job", "slot")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ConversationState" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_ConversationState" ("key", "updatedAt", "value") SELECT "key", "updatedAt", "value" FROM "ConversationState";
DROP TABLE "ConversationState";
ALTER TABLE "new_ConversationState" RENAME TO "ConversationState";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "JobRun_claimedAt_idx" ON "JobRun"("claimedAt");

-- CreateIndex
CREATE INDEX "Member_status_fullName_idx" ON "Member"("status", "fullName");
