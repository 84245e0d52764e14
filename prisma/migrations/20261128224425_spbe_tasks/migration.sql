-- CreateTable
CREATE TABLE "SpbeTask" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "legalBasis" TEXT NOT NULL DEFAULT '',
    "agencyId" INTEGER,
    "responsibleUnit" TEXT,
    "pokjaId" INTEGER,
    "targetDate" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'belum_dimulai',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "note" TEXT,
    "updatedById" INTEGER,
    "updatedByName" TEXT,
    "updatedAt" DATETIME,
    "createdAt" DATETIME NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "SpbeTask_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "SpbeTask_pokjaId_fkey" FOREIGN KEY ("pokjaId") REFERENCES "Pokja" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SpbeTaskHistory" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "taskId" INTEGER NOT NULL,
    "changes" TEXT NOT NULL,
    "note" TEXT,
    "actorId" INTEGER,
    "actorName" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'update',
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "SpbeTaskHistory_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "SpbeTask" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SpbeTaskFollower" (
    "taskId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL,

    PRIMARY KEY ("taskId", "memberId"),
    CONSTRAINT "SpbeTaskFollower_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "SpbeTask" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SpbeTaskFollower_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

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
