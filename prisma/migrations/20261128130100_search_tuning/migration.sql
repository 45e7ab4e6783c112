-- Search (docs/decisions/007-search.md): no JIT compilation for this database's sessions. Our queries are
-- short and index-driven, but a few (facet counts over a broad search, an "all of these skills" filter)
-- cross PostgreSQL's default jit_above_cost, and compiling them costs more (50-200 ms) than running them.
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
END
$$;

-- The skill filter starts from the skills (index-only: skill -> its listings) rather than from every listing.
DROP INDEX "ListingSkill_skillId_idx";
CREATE INDEX "ListingSkill_skillId_listingId_idx" ON "ListingSkill"("skillId", "listingId");
