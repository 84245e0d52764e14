-- CreateTable
CREATE TABLE "Agency" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "provinceCode" TEXT,
    "provinceName" TEXT,
    "areaName" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pokja" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "isOpen" BOOLEAN NOT NULL DEFAULT true,
    "removeOnLeave" BOOLEAN NOT NULL DEFAULT false,
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Pokja_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PokjaMembership" (
    "id" SERIAL NOT NULL,
    "pokjaId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "joinedAt" TIMESTAMP(3),

    CONSTRAINT "PokjaMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PokjaCoordinator" (
    "id" SERIAL NOT NULL,
    "pokjaId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "assignedById" INTEGER,
    "assignedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PokjaCoordinator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PokjaGroup" (
    "id" SERIAL NOT NULL,
    "pokjaId" INTEGER NOT NULL,
    "chatId" BIGINT NOT NULL,
    "title" TEXT NOT NULL,
    "linkedById" INTEGER,
    "linkedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PokjaGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" SERIAL NOT NULL,
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
    "consentAt" TIMESTAMP(3) NOT NULL,
    "consentVersion" TEXT NOT NULL,
    "registeredAt" TIMESTAMP(3) NOT NULL,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" INTEGER,
    "rejectionReason" TEXT,
    "suspensionReason" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "broadcastOptOut" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "remindersMuted" BOOLEAN NOT NULL DEFAULT false,
    "erasedAt" TIMESTAMP(3),

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "actorId" INTEGER,
    "actorTelegramId" BIGINT,
    "action" TEXT NOT NULL,
    "targetMemberId" INTEGER,
    "pokjaId" INTEGER,
    "details" TEXT NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationState" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversationState_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" SERIAL NOT NULL,
    "chatId" BIGINT NOT NULL,
    "payload" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "notBefore" TIMESTAMP(3) NOT NULL,
    "claimToken" TEXT,
    "claimedAt" TIMESTAMP(3),
    "inDoubt" BOOLEAN NOT NULL DEFAULT false,
    "sentAt" TIMESTAMP(3),
    "broadcastId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnreachableChat" (
    "chatId" BIGINT NOT NULL,
    "since" TIMESTAMP(3) NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "UnreachableChat_pkey" PRIMARY KEY ("chatId")
);

-- CreateTable
CREATE TABLE "Broadcast" (
    "id" SERIAL NOT NULL,
    "senderId" INTEGER,
    "senderTelegramId" BIGINT NOT NULL,
    "audience" TEXT NOT NULL,
    "audienceLabel" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "mandatory" BOOLEAN NOT NULL DEFAULT false,
    "total" INTEGER NOT NULL,
    "scheduledAt" TIMESTAMP(3) NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'scheduled',
    "progressChatId" BIGINT,
    "progressMessageId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "stoppedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "Broadcast_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpbeTask" (
    "id" SERIAL NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "legalBasis" TEXT NOT NULL DEFAULT '',
    "agencyId" INTEGER,
    "responsibleUnit" TEXT,
    "pokjaId" INTEGER,
    "targetDate" TIMESTAMP(3),
    "status" TEXT NOT NULL DEFAULT 'belum_dimulai',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "note" TEXT,
    "updatedById" INTEGER,
    "updatedByName" TEXT,
    "updatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "SpbeTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpbeTaskHistory" (
    "id" SERIAL NOT NULL,
    "taskId" INTEGER NOT NULL,
    "changes" TEXT NOT NULL,
    "note" TEXT,
    "actorId" INTEGER,
    "actorName" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'update',
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SpbeTaskHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpbeTaskFollower" (
    "taskId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SpbeTaskFollower_pkey" PRIMARY KEY ("taskId","memberId")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" SERIAL NOT NULL,
    "pokjaId" INTEGER,
    "title" TEXT NOT NULL,
    "agenda" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "timezone" TEXT NOT NULL,
    "place" TEXT,
    "onlineUrl" TEXT,
    "reminderOffsets" TEXT NOT NULL DEFAULT '[1440,60]',
    "remindGroups" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "cancelReason" TEXT,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "icsFileId" TEXT,
    "attendancePromptedAt" TIMESTAMP(3),
    "attendanceOpenedAt" TIMESTAMP(3),
    "attendanceListMessages" TEXT,
    "seriesId" INTEGER,
    "seriesIndex" INTEGER,
    "minutesText" TEXT,
    "minutesFileId" TEXT,
    "minutesFileName" TEXT,
    "minutesSharedAt" TIMESTAMP(3),
    "minutesByName" TEXT,
    "minutesVersion" INTEGER NOT NULL DEFAULT 0,
    "createdById" INTEGER,
    "createdByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingInvite" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "rsvp" TEXT NOT NULL DEFAULT 'pending',
    "deputyName" TEXT,
    "respondedAt" TIMESTAMP(3),
    "muted" BOOLEAN NOT NULL DEFAULT false,
    "attended" BOOLEAN NOT NULL DEFAULT false,
    "attendedAt" TIMESTAMP(3),

    CONSTRAINT "MeetingInvite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingReminder" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "offsetMinutes" INTEGER NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "handedAt" TIMESTAMP(3),
    "reason" TEXT,
    "sequence" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MeetingReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingGroupReminder" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "offsetMinutes" INTEGER NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "handedAt" TIMESTAMP(3),
    "reason" TEXT,
    "sequence" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MeetingGroupReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingSeries" (
    "id" SERIAL NOT NULL,
    "frequency" TEXT NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingSeries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingActionItem" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "ownerId" INTEGER,
    "ownerName" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingActionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionItemReminder" (
    "id" SERIAL NOT NULL,
    "actionItemId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "handedAt" TIMESTAMP(3),
    "reason" TEXT,

    CONSTRAINT "ActionItemReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" SERIAL NOT NULL,
    "pokjaId" INTEGER NOT NULL,
    "submitterId" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "problem" TEXT NOT NULL,
    "solution" TEXT NOT NULL,
    "benefit" TEXT NOT NULL,
    "relatedTaskId" INTEGER,
    "followUpTaskId" INTEGER,
    "meetingId" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'diajukan',
    "version" INTEGER NOT NULL DEFAULT 0,
    "supportCount" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationAttachment" (
    "id" SERIAL NOT NULL,
    "recommendationId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "fileName" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "RecommendationAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationEvent" (
    "id" SERIAL NOT NULL,
    "recommendationId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "comment" TEXT,
    "actorId" INTEGER,
    "actorName" TEXT NOT NULL,
    "undoneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RecommendationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationSupport" (
    "recommendationId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RecommendationSupport_pkey" PRIMARY KEY ("recommendationId","memberId")
);

-- CreateTable
CREATE TABLE "RecommendationFollower" (
    "recommendationId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RecommendationFollower_pkey" PRIMARY KEY ("recommendationId","memberId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Agency_code_key" ON "Agency"("code");

-- CreateIndex
CREATE INDEX "Agency_kind_idx" ON "Agency"("kind");

-- CreateIndex
CREATE INDEX "Agency_provinceCode_idx" ON "Agency"("provinceCode");

-- CreateIndex
CREATE UNIQUE INDEX "Pokja_slug_key" ON "Pokja"("slug");

-- CreateIndex
CREATE INDEX "PokjaMembership_memberId_idx" ON "PokjaMembership"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "PokjaMembership_pokjaId_memberId_key" ON "PokjaMembership"("pokjaId", "memberId");

-- CreateIndex
CREATE INDEX "PokjaCoordinator_memberId_idx" ON "PokjaCoordinator"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "PokjaCoordinator_pokjaId_memberId_key" ON "PokjaCoordinator"("pokjaId", "memberId");

-- CreateIndex
CREATE UNIQUE INDEX "PokjaGroup_chatId_key" ON "PokjaGroup"("chatId");

-- CreateIndex
CREATE INDEX "PokjaGroup_pokjaId_idx" ON "PokjaGroup"("pokjaId");

-- CreateIndex
CREATE UNIQUE INDEX "Member_telegramId_key" ON "Member"("telegramId");

-- CreateIndex
CREATE INDEX "Member_status_idx" ON "Member"("status");

-- CreateIndex
CREATE INDEX "Member_role_idx" ON "Member"("role");

-- CreateIndex
CREATE INDEX "Member_agencyId_idx" ON "Member"("agencyId");

-- CreateIndex
CREATE INDEX "AuditLog_targetMemberId_idx" ON "AuditLog"("targetMemberId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

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

-- CreateIndex
CREATE UNIQUE INDEX "SpbeTask_number_key" ON "SpbeTask"("number");

-- CreateIndex
CREATE INDEX "SpbeTask_pokjaId_idx" ON "SpbeTask"("pokjaId");

-- CreateIndex
CREATE INDEX "SpbeTask_status_idx" ON "SpbeTask"("status");

-- CreateIndex
CREATE INDEX "SpbeTaskHistory_taskId_createdAt_idx" ON "SpbeTaskHistory"("taskId", "createdAt");

-- CreateIndex
CREATE INDEX "SpbeTaskFollower_memberId_idx" ON "SpbeTaskFollower"("memberId");

-- CreateIndex
CREATE INDEX "Meeting_startsAt_idx" ON "Meeting"("startsAt");

-- CreateIndex
CREATE INDEX "Meeting_seriesId_idx" ON "Meeting"("seriesId");

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

-- CreateIndex
CREATE INDEX "MeetingGroupReminder_state_dueAt_idx" ON "MeetingGroupReminder"("state", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingGroupReminder_meetingId_offsetMinutes_sequence_key" ON "MeetingGroupReminder"("meetingId", "offsetMinutes", "sequence");

-- CreateIndex
CREATE INDEX "MeetingActionItem_meetingId_idx" ON "MeetingActionItem"("meetingId");

-- CreateIndex
CREATE INDEX "MeetingActionItem_ownerId_idx" ON "MeetingActionItem"("ownerId");

-- CreateIndex
CREATE INDEX "ActionItemReminder_state_dueAt_idx" ON "ActionItemReminder"("state", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "ActionItemReminder_actionItemId_kind_key" ON "ActionItemReminder"("actionItemId", "kind");

-- CreateIndex
CREATE INDEX "Recommendation_pokjaId_status_submittedAt_idx" ON "Recommendation"("pokjaId", "status", "submittedAt");

-- CreateIndex
CREATE INDEX "Recommendation_submitterId_submittedAt_idx" ON "Recommendation"("submitterId", "submittedAt");

-- CreateIndex
CREATE INDEX "RecommendationAttachment_recommendationId_idx" ON "RecommendationAttachment"("recommendationId");

-- CreateIndex
CREATE INDEX "RecommendationEvent_recommendationId_id_idx" ON "RecommendationEvent"("recommendationId", "id");

-- CreateIndex
CREATE INDEX "RecommendationFollower_memberId_idx" ON "RecommendationFollower"("memberId");

-- AddForeignKey
ALTER TABLE "PokjaMembership" ADD CONSTRAINT "PokjaMembership_pokjaId_fkey" FOREIGN KEY ("pokjaId") REFERENCES "Pokja"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PokjaMembership" ADD CONSTRAINT "PokjaMembership_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PokjaCoordinator" ADD CONSTRAINT "PokjaCoordinator_pokjaId_fkey" FOREIGN KEY ("pokjaId") REFERENCES "Pokja"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PokjaCoordinator" ADD CONSTRAINT "PokjaCoordinator_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PokjaGroup" ADD CONSTRAINT "PokjaGroup_pokjaId_fkey" FOREIGN KEY ("pokjaId") REFERENCES "Pokja"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_targetMemberId_fkey" FOREIGN KEY ("targetMemberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_broadcastId_fkey" FOREIGN KEY ("broadcastId") REFERENCES "Broadcast"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpbeTask" ADD CONSTRAINT "SpbeTask_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpbeTask" ADD CONSTRAINT "SpbeTask_pokjaId_fkey" FOREIGN KEY ("pokjaId") REFERENCES "Pokja"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpbeTaskHistory" ADD CONSTRAINT "SpbeTaskHistory_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "SpbeTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpbeTaskFollower" ADD CONSTRAINT "SpbeTaskFollower_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "SpbeTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpbeTaskFollower" ADD CONSTRAINT "SpbeTaskFollower_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_pokjaId_fkey" FOREIGN KEY ("pokjaId") REFERENCES "Pokja"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "MeetingSeries"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingInvite" ADD CONSTRAINT "MeetingInvite_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingInvite" ADD CONSTRAINT "MeetingInvite_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingReminder" ADD CONSTRAINT "MeetingReminder_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingGroupReminder" ADD CONSTRAINT "MeetingGroupReminder_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingActionItem" ADD CONSTRAINT "MeetingActionItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingActionItem" ADD CONSTRAINT "MeetingActionItem_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItemReminder" ADD CONSTRAINT "ActionItemReminder_actionItemId_fkey" FOREIGN KEY ("actionItemId") REFERENCES "MeetingActionItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_pokjaId_fkey" FOREIGN KEY ("pokjaId") REFERENCES "Pokja"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_submitterId_fkey" FOREIGN KEY ("submitterId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_relatedTaskId_fkey" FOREIGN KEY ("relatedTaskId") REFERENCES "SpbeTask"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_followUpTaskId_fkey" FOREIGN KEY ("followUpTaskId") REFERENCES "SpbeTask"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationAttachment" ADD CONSTRAINT "RecommendationAttachment_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationEvent" ADD CONSTRAINT "RecommendationEvent_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationSupport" ADD CONSTRAINT "RecommendationSupport_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationSupport" ADD CONSTRAINT "RecommendationSupport_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationFollower" ADD CONSTRAINT "RecommendationFollower_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationFollower" ADD CONSTRAINT "RecommendationFollower_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
