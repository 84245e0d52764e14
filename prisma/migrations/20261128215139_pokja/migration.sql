-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN "pokjaId" INTEGER;

-- CreateTable
CREATE TABLE "PokjaMembership" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pokjaId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "requestedAt" DATETIME NOT NULL,
    "joinedAt" DATETIME,
    CONSTRAINT "PokjaMembership_pokjaId_fkey" FOREIGN KEY ("pokjaId") REFERENCES "Pokja" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PokjaMembership_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PokjaCoordinator" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pokjaId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "assignedById" INTEGER,
    "assignedAt" DATETIME NOT NULL,
    CONSTRAINT "PokjaCoordinator_pokjaId_fkey" FOREIGN KEY ("pokjaId") REFERENCES "Pokja" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PokjaCoordinator_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PokjaGroup" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pokjaId" INTEGER NOT NULL,
    "chatId" BIGINT NOT NULL,
    "title" TEXT NOT NULL,
    "linkedById" INTEGER,
    "linkedAt" DATETIME NOT NULL,
    CONSTRAINT "PokjaGroup_pokjaId_fkey" FOREIGN KEY ("pokjaId") REFERENCES "Pokja" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

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
