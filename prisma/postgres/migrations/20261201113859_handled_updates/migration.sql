-- CreateTable
CREATE TABLE "HandledUpdate" (
    "updateId" BIGINT NOT NULL,
    "handledAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HandledUpdate_pkey" PRIMARY KEY ("updateId")
);

-- CreateIndex
CREATE INDEX "HandledUpdate_handledAt_idx" ON "HandledUpdate"("handledAt");
