-- CreateTable
CREATE TABLE "MeetingGroupReminder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "offsetMinutes" INTEGER NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "handedAt" DATETIME,
    "reason" TEXT,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "MeetingGroupReminder_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "remindGroups" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "cancelReason" TEXT,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "icsFileId" TEXT,
    "attendancePromptedAt" DATETIME,
    "attendanceOpenedAt" DATETIME,
    "attendanceListMessages" TEXT,
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
INSERT INTO "new_Meeting" ("agenda", "attendanceListMessages", "attendanceOpenedAt", "attendancePromptedAt", "cancelReason", "createdAt", "createdById", "createdByName", "endsAt", "icsFileId", "id", "minutesByName", "minutesFileId", "minutesFileName", "minutesSharedAt", "minutesText", "minutesVersion", "onlineUrl", "place", "pokjaId", "reminderOffsets", "sequence", "seriesId", "seriesIndex", "startsAt", "status", "timezone", "title", "updatedAt") SELECT "agenda", "attendanceListMessages", "attendanceOpenedAt", "attendancePromptedAt", "cancelReason", "createdAt", "createdById", "createdByName", "endsAt", "icsFileId", "id", "minutesByName", "minutesFileId", "minutesFileName", "minutesSharedAt", "minutesText", "minutesVersion", "onlineUrl", "place", "pokjaId", "reminderOffsets", "sequence", "seriesId", "seriesIndex", "startsAt", "status", "timezone", "title", "updatedAt" FROM "Meeting";
DROP TABLE "Meeting";
ALTER TABLE "new_Meeting" RENAME TO "Meeting";
CREATE INDEX "Meeting_startsAt_idx" ON "Meeting"("startsAt");
CREATE INDEX "Meeting_seriesId_idx" ON "Meeting"("seriesId");
CREATE INDEX "Meeting_pokjaId_startsAt_idx" ON "Meeting"("pokjaId", "startsAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "MeetingGroupReminder_state_dueAt_idx" ON "MeetingGroupReminder"("state", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingGroupReminder_meetingId_offsetMinutes_sequence_key" ON "MeetingGroupReminder"("meetingId", "offsetMinutes", "sequence");
