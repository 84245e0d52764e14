-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN "attendanceOpenedAt" DATETIME;
ALTER TABLE "Meeting" ADD COLUMN "attendancePromptedAt" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MeetingInvite" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "rsvp" TEXT NOT NULL DEFAULT 'pending',
    "deputyName" TEXT,
    "respondedAt" DATETIME,
    "muted" BOOLEAN NOT NULL DEFAULT false,
    "attended" BOOLEAN NOT NULL DEFAULT false,
    "attendedAt" DATETIME,
    CONSTRAINT "MeetingInvite_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingInvite_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_MeetingInvite" ("deputyName", "id", "meetingId", "memberId", "muted", "respondedAt", "rsvp") SELECT "deputyName", "id", "meetingId", "memberId", "muted", "respondedAt", "rsvp" FROM "MeetingInvite";
DROP TABLE "MeetingInvite";
ALTER TABLE "new_MeetingInvite" RENAME TO "MeetingInvite";
CREATE INDEX "MeetingInvite_memberId_idx" ON "MeetingInvite"("memberId");
CREATE UNIQUE INDEX "MeetingInvite_meetingId_memberId_key" ON "MeetingInvite"("meetingId", "memberId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
