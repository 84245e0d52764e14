-- CreateTable
CREATE TABLE "Recommendation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "submittedAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Recommendation_pokjaId_fkey" FOREIGN KEY ("pokjaId") REFERENCES "Pokja" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Recommendation_submitterId_fkey" FOREIGN KEY ("submitterId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Recommendation_relatedTaskId_fkey" FOREIGN KEY ("relatedTaskId") REFERENCES "SpbeTask" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Recommendation_followUpTaskId_fkey" FOREIGN KEY ("followUpTaskId") REFERENCES "SpbeTask" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Recommendation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RecommendationAttachment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "recommendationId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "fileName" TEXT,
    "position" INTEGER NOT NULL,
    CONSTRAINT "RecommendationAttachment_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RecommendationEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "recommendationId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "comment" TEXT,
    "actorId" INTEGER,
    "actorName" TEXT NOT NULL,
    "undoneAt" DATETIME,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "RecommendationEvent_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RecommendationSupport" (
    "recommendationId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL,

    PRIMARY KEY ("recommendationId", "memberId"),
    CONSTRAINT "RecommendationSupport_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RecommendationSupport_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RecommendationFollower" (
    "recommendationId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL,

    PRIMARY KEY ("recommendationId", "memberId"),
    CONSTRAINT "RecommendationFollower_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RecommendationFollower_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

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
