-- CreateTable
CREATE TABLE "Meeting" (
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
    "createdById" INTEGER,
    "createdByName" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Meeting_pokjaId_fkey" FOREIGN KEY ("pokjaId") REFERENCES "Pokja" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingInvite" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "rsvp" TEXT NOT NULL DEFAULT 'pending',
    "deputyName" TEXT,
    "respondedAt" DATETIME,
    "muted" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "MeetingInvite_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingInvite_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingReminder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "offsetMinutes" INTEGER NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "handedAt" DATETIME,
    "reason" TEXT,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "MeetingReminder_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "remindersMuted" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Member_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Member_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Member" ("agencyId", "broadcastOptOut", "consentAt", "consentVersion", "createdAt", "fullName", "id", "language", "nip", "phone", "position", "registeredAt", "rejectionReason", "reviewedAt", "reviewedById", "role", "searchText", "status", "suspensionReason", "telegramId", "telegramUsername", "timezone", "updatedAt") SELECT "agencyId", "broadcastOptOut", "consentAt", "consentVersion", "createdAt", "fullName", "id", "language", "nip", "phone", "position", "registeredAt", "rejectionReason", "reviewedAt", "reviewedById", "role", "searchText", "status", "suspensionReason", "telegramId", "telegramUsername", "timezone", "updatedAt" FROM "Member";
DROP TABLE "Member";
ALTER TABLE "new_Member" RENAME TO "Member";
CREATE UNIQUE INDEX "Member_telegramId_key" ON "Member"("telegramId");
CREATE INDEX "Member_status_idx" ON "Member"("status");
CREATE INDEX "Member_role_idx" ON "Member"("role");
CREATE INDEX "Member_agencyId_idx" ON "Member"("agencyId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Meeting_startsAt_idx" ON "Meeting"("startsAt");

-- CreateIndex
CREATE INDEX "Meeting_pokjaId_startsAt_idx" ON "Meeting"("pokjaId", "startsAt");

-- CreateIndex
CREATE INDEX "MeetingInvite_memberId_idx" ON "MeetingInvite"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingInvite_meetingId_memberId_key" ON "MeetingInvite"("meetingId", "memberId");

-- CreateIndex
CREATE INDEX "MeetingReminder_state_dueAt_idx" ON "MeetingReminder"("state", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingReminder_meetingId_memberId_offsetMinutes_sequence_key" ON "MeetingReminder"("meetingId", "memberId", "offsetMinutes", "sequence");
