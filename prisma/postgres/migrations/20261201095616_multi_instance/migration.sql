-- AlterTable
ALTER TABLE "ConversationState" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ChatLock" (
    "key" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChatLock_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "JobRun" (
    "job" TEXT NOT NULL,
    "slot" TEXT NOT NULL,
    "claimedBy" TEXT NOT NULL,
    "claimedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("job","slot")
);

-- CreateIndex
CREATE INDEX "JobRun_claimedAt_idx" ON "JobRun"("claimedAt");

-- CreateIndex
CREATE INDEX "Member_status_fullName_idx" ON "Member"("status", "fullName");
