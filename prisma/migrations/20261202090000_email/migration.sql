-- Email that really leaves (docs/decisions/020-email-outbox.md, 021-accounts-by-mail.md): the outbox gains
-- what the drain job needs (kind and data to render, recipient account, claim lease, parked state),
-- accounts gain a verified address, and mail gets its single-use tokens, preferences and digest items.

-- Accounts made before verification existed keep working: their address counts as verified.
ALTER TABLE "User" ADD COLUMN "emailVerifiedAt" TIMESTAMP(3);
UPDATE "User" SET "emailVerifiedAt" = "createdAt";

-- Nothing ever wrote the outbox, so FAILED was never used; a message that gave up is now PARKED.
ALTER TYPE "OutboxStatus" RENAME VALUE 'FAILED' TO 'PARKED';
ALTER TYPE "OutboxStatus" ADD VALUE 'SENDING' BEFORE 'SENT';

-- The table has never held a row; the temporary defaults only let the columns arrive NOT NULL.
ALTER TABLE "EmailOutbox"
    ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'unknown',
    ADD COLUMN "data" JSONB NOT NULL DEFAULT '{}',
    ADD COLUMN "userId" TEXT,
    ADD COLUMN "htmlBody" TEXT,
    ADD COLUMN "claimedAt" TIMESTAMP(3),
    ADD COLUMN "lastAttemptAt" TIMESTAMP(3),
    ADD COLUMN "parkedAt" TIMESTAMP(3),
    ALTER COLUMN "subject" DROP NOT NULL,
    ALTER COLUMN "textBody" DROP NOT NULL;
ALTER TABLE "EmailOutbox" ALTER COLUMN "kind" DROP DEFAULT, ALTER COLUMN "data" DROP DEFAULT;

CREATE INDEX "EmailOutbox_userId_createdAt_idx" ON "EmailOutbox"("userId", "createdAt");
ALTER TABLE "EmailOutbox" ADD CONSTRAINT "EmailOutbox_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TYPE "EmailTokenPurpose" AS ENUM ('VERIFY_EMAIL', 'RESET_PASSWORD');

CREATE TABLE "EmailToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "purpose" "EmailTokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailToken_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "EmailToken_tokenHash_key" ON "EmailToken"("tokenHash");
CREATE INDEX "EmailToken_userId_purpose_createdAt_idx" ON "EmailToken"("userId", "purpose", "createdAt");
ALTER TABLE "EmailToken" ADD CONSTRAINT "EmailToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TYPE "NotificationFrequency" AS ENUM ('IMMEDIATE', 'DAILY', 'OFF');

CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "frequency" "NotificationFrequency" NOT NULL,
    "changedVia" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId", "kind")
);

ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "EmailDigestItem" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "digestedAt" TIMESTAMP(3),

    CONSTRAINT "EmailDigestItem_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "EmailDigestItem_dedupeKey_key" ON "EmailDigestItem"("dedupeKey");
CREATE INDEX "EmailDigestItem_digestedAt_userId_idx" ON "EmailDigestItem"("digestedAt", "userId");
CREATE INDEX "EmailDigestItem_userId_idx" ON "EmailDigestItem"("userId");
ALTER TABLE "EmailDigestItem" ADD CONSTRAINT "EmailDigestItem_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
