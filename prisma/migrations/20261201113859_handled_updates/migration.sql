-- CreateTable
CREATE TABLE "HandledUpdate" (
    "updateId" BIGINT NOT NULL PRIMARY KEY,
    "handledAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "HandledUpdate_handledAt_idx" ON "HandledUpdate"("handledAt");
