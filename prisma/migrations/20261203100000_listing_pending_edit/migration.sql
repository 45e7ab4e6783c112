-- An edit of a published listing that changes what a moderator reviewed waits beside the live version
-- (docs/decisions/023-editing-published-listings.md): the edited form's values, when they were sent, and
-- the moderator's reason when an edit is turned down. Existing rows have no pending edit.
ALTER TABLE "Listing" ADD COLUMN "pendingEdit" JSONB,
ADD COLUMN "pendingEditAt" TIMESTAMP(3),
ADD COLUMN "editRejectionReason" TEXT;

-- The review queue of edits reads listings with one waiting, oldest first.
CREATE INDEX "Listing_pendingEditAt_idx" ON "Listing"("pendingEditAt");
