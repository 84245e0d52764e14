-- CreateTable
CREATE TABLE "MeetingSeries" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "frequency" TEXT NOT NULL,
    "until" DATETIME NOT NULL,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "MeetingActionItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "ownerId" INTEGER,
    "ownerName" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "doneAt" DATETIME,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "MeetingActionItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingActionItem_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActionItemReminder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "actionItemId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "handedAt" DATETIME,
    "reason" TEXT,
    CONSTRAINT "ActionItemReminder_actionItemId_fkey" FOREIGN KEY ("actionItemId") REFERENCES "MeetingActionItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Meeting" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pokjaId" INTEGER,
    "title" TEXT NOT NULL,
    "agenda" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "timezone" TEXT NOT NULL,
    "place" TEXT,
    "onlineUrl" TEXT,
    "reminderOffsets" TEXT NOT NULL DEFAULT '[1440,60]',
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "cancelReason" TEXT,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "icsFileId" TEXT,
    "attendancePromptedAt" DATETIME,
    "attendanceOpenedAt" DATETIME,
    "seriesId" INTEGER,
    "seriesIndex" INTEGER,
    "minutesText" TEXT,
    "minutesFileId" TEXT,
    "minutesFileName" TEXT,
    "minutesSharedAt" DATETIME,
    "minutesByName" TEXT,
    "minutesVersion" INTEGER NOT NULL DEFAULT 0,
    "createdById" INTEGER,
    "createdByName" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Meeting_pokjaId_fkey" FOREIGN KEY ("pokjaId") REFERENCES "Pokja" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Meeting_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "MeetingSeries" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Meeting" ("agenda", "attendanceOpenedAt", "attendancePromptedAt", "cancelReason", "createdAt", "createdById", "createdByName", "endsAt", "icsFileId", "id", "onlineUrl", "place", "pokjaId", "reminderOffsets", "sequence", "startsAt", "status", "timezone", "title", "updatedAt") SELECT "agenda", "attendanceOpenedAt", "attendancePromptedAt", "cancelReason", "createdAt", "createdById", "createdByName", "endsAt", "icsFileId", "id", "onlineUrl", "place", "pokjaId", "reminderOffsets", "sequence", "startsAt", "status", "timezone", "title", "updatedAt" FROM "Meeting";
DROP TABLE "Meeting";
ALTER TABLE "new_Meeting" RENAME TO "Meeting";
CREATE INDEX "Meeting_startsAt_idx" ON "Meeting"("startsAt");
CREATE INDEX "Meeting_seriesId_idx" ON "Meeting"("seriesId");
CREATE INDEX "Meeting_pokjaId_startsAt_idx" ON "Meeting"("pokjaId", "startsAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "MeetingActionItem_meetingId_idx" ON "MeetingActionItem"("meetingId");

-- CreateIndex
CREATE INDEX "MeetingActionItem_ownerId_idx" ON "MeetingActionItem"("ownerId");

-- CreateIndex
CREATE INDEX "ActionItemReminder_state_dueAt_idx" ON "ActionItemReminder"("state", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "ActionItemReminder_actionItemId_kind_key" ON "ActionItemReminder"("actionItemId", "kind");
