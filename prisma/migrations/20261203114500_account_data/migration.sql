-- Settings and "your data" (docs/decisions/029-your-data.md).

-- Changing the address: the new one waits on its confirmation link until the owner follows it.
ALTER TYPE "EmailTokenPurpose" ADD VALUE 'CHANGE_EMAIL';
ALTER TABLE "EmailToken" ADD COLUMN "newEmail" TEXT;

-- A deleted account stays as a tombstone row without personal data, so the applications an employer
-- received keep their candidate ("Deleted candidate").
ALTER TABLE "User" ADD COLUMN "deletedAt" TIMESTAMP(3);

-- The audit log stays append-only, with one exception required by erasure: the actor's address of a
-- deleted account may be replaced by its tombstone address. Nothing else in the row may change, and the
-- new value cannot be a real address (the reserved .invalid domain).
CREATE OR REPLACE FUNCTION "audit_log_is_append_only"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE'
    AND NEW."id" = OLD."id"
    AND NEW."actorId" IS NOT DISTINCT FROM OLD."actorId"
    AND NEW."action" = OLD."action"
    AND NEW."targetType" = OLD."targetType"
    AND NEW."targetId" = OLD."targetId"
    AND NEW."reason" IS NOT DISTINCT FROM OLD."reason"
    AND NEW."metadata"::text IS NOT DISTINCT FROM OLD."metadata"::text
    AND NEW."createdAt" = OLD."createdAt"
    AND NEW."actorEmail" LIKE 'deleted-%@invalid'
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'AuditLog is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;
