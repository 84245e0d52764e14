-- CreateIndex
CREATE INDEX "MeetingReminder_memberId_state_dueAt_idx" ON "MeetingReminder"("memberId", "state", "dueAt");
