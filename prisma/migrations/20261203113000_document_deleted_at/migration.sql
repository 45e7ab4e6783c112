-- A CV its owner removed while an application still references it is hidden rather than deleted, so the
-- copy sent with the application stays with it (docs/decisions/026-cv-documents.md).
ALTER TABLE "Document" ADD COLUMN "deletedAt" TIMESTAMP(3);
