-- AlterTable
ALTER TABLE "SpbeTask" ADD COLUMN     "scope" TEXT NOT NULL DEFAULT 'national';

-- CreateTable
CREATE TABLE "SpbeTaskAgency" (
    "taskId" INTEGER NOT NULL,
    "agencyId" INTEGER NOT NULL,

    CONSTRAINT "SpbeTaskAgency_pkey" PRIMARY KEY ("taskId","agencyId")
);

-- CreateTable
CREATE TABLE "AgencyTaskProgress" (
    "id" SERIAL NOT NULL,
    "taskId" INTEGER NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "provinceCode" TEXT,
    "status" TEXT NOT NULL DEFAULT 'belum_dimulai',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "note" TEXT,
    "evidenceUrl" TEXT,
    "evidenceFileId" TEXT,
    "evidenceFileName" TEXT,
    "updatedById" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgencyTaskProgress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyTaskHistory" (
    "id" SERIAL NOT NULL,
    "entryId" INTEGER NOT NULL,
    "taskId" INTEGER NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "fromProgress" INTEGER,
    "toProgress" INTEGER NOT NULL,
    "note" TEXT,
    "evidence" TEXT,
    "actorId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgencyTaskHistory_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SpbeTaskAgency_agencyId_idx" ON "SpbeTaskAgency"("agencyId");

-- CreateIndex
CREATE INDEX "AgencyTaskProgress_agencyId_taskId_idx" ON "AgencyTaskProgress"("agencyId", "taskId");

-- CreateIndex
CREATE INDEX "AgencyTaskProgress_taskId_status_idx" ON "AgencyTaskProgress"("taskId", "status");

-- CreateIndex
CREATE INDEX "AgencyTaskProgress_taskId_provinceCode_status_idx" ON "AgencyTaskProgress"("taskId", "provinceCode", "status");

-- CreateIndex
CREATE UNIQUE INDEX "AgencyTaskProgress_taskId_agencyId_key" ON "AgencyTaskProgress"("taskId", "agencyId");

-- CreateIndex
CREATE INDEX "AgencyTaskHistory_entryId_createdAt_idx" ON "AgencyTaskHistory"("entryId", "createdAt");

-- CreateIndex
CREATE INDEX "AgencyTaskHistory_taskId_createdAt_idx" ON "AgencyTaskHistory"("taskId", "createdAt");

-- CreateIndex
CREATE INDEX "SpbeTask_scope_idx" ON "SpbeTask"("scope");

-- AddForeignKey
ALTER TABLE "SpbeTaskAgency" ADD CONSTRAINT "SpbeTaskAgency_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "SpbeTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpbeTaskAgency" ADD CONSTRAINT "SpbeTaskAgency_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyTaskProgress" ADD CONSTRAINT "AgencyTaskProgress_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "SpbeTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyTaskProgress" ADD CONSTRAINT "AgencyTaskProgress_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyTaskProgress" ADD CONSTRAINT "AgencyTaskProgress_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyTaskHistory" ADD CONSTRAINT "AgencyTaskHistory_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "AgencyTaskProgress"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyTaskHistory" ADD CONSTRAINT "AgencyTaskHistory_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "SpbeTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyTaskHistory" ADD CONSTRAINT "AgencyTaskHistory_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyTaskHistory" ADD CONSTRAINT "AgencyTaskHistory_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;
