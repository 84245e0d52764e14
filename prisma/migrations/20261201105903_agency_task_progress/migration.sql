-- CreateTable
CREATE TABLE "SpbeTaskAgency" (
    "taskId" INTEGER NOT NULL,
    "agencyId" INTEGER NOT NULL,

    PRIMARY KEY ("taskId", "agencyId"),
    CONSTRAINT "SpbeTaskAgency_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "SpbeTask" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SpbeTaskAgency_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgencyTaskProgress" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AgencyTaskProgress_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "SpbeTask" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgencyTaskProgress_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AgencyTaskProgress_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgencyTaskHistory" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "AgencyTaskHistory_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "AgencyTaskProgress" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgencyTaskHistory_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "SpbeTask" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgencyTaskHistory_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AgencyTaskHistory_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SpbeTask" (
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
    "scope" TEXT NOT NULL DEFAULT 'national',
    CONSTRAINT "SpbeTask_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "SpbeTask_pokjaId_fkey" FOREIGN KEY ("pokjaId") REFERENCES "Pokja" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_SpbeTask" ("agencyId", "createdAt", "description", "id", "legalBasis", "note", "number", "pokjaId", "progress", "responsibleUnit", "searchText", "status", "targetDate", "title", "updatedAt", "updatedById", "updatedByName") SELECT "agencyId", "createdAt", "description", "id", "legalBasis", "note", "number", "pokjaId", "progress", "responsibleUnit", "searchText", "status", "targetDate", "title", "updatedAt", "updatedById", "updatedByName" FROM "SpbeTask";
DROP TABLE "SpbeTask";
ALTER TABLE "new_SpbeTask" RENAME TO "SpbeTask";
CREATE UNIQUE INDEX "SpbeTask_number_key" ON "SpbeTask"("number");
CREATE INDEX "SpbeTask_pokjaId_idx" ON "SpbeTask"("pokjaId");
CREATE INDEX "SpbeTask_status_idx" ON "SpbeTask"("status");
CREATE INDEX "SpbeTask_scope_idx" ON "SpbeTask"("scope");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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
