-- AlterTable
ALTER TABLE "Member" ADD COLUMN "erasedAt" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Pokja" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "isOpen" BOOLEAN NOT NULL DEFAULT true,
    "removeOnLeave" BOOLEAN NOT NULL DEFAULT false,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Pokja" ("createdAt", "description", "id", "isOpen", "name", "retiredAt", "slug") SELECT "createdAt", "description", "id", "isOpen", "name", "retiredAt", "slug" FROM "Pokja";
DROP TABLE "Pokja";
ALTER TABLE "new_Pokja" RENAME TO "Pokja";
CREATE UNIQUE INDEX "Pokja_slug_key" ON "Pokja"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
