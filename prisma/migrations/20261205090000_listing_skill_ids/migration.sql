-- A copy of each listing's skill ids on the listing row (docs/decisions/035-personal-match.md): the personal
-- match scores the skills a candidate shares with each of up to 1,000 listings, and reading them from the row
-- costs nothing where a probe of ListingSkill per listing cost most of the page. ListingSkill stays the
-- source of truth; the triggers below keep the copy in step, in the same statement as every change.
ALTER TABLE "Listing" ADD COLUMN "skillIds" TEXT[] NOT NULL DEFAULT '{}';

UPDATE "Listing" l
   SET "skillIds" = s.ids
  FROM (SELECT "listingId", array_agg("skillId" ORDER BY "skillId") AS ids FROM "ListingSkill" GROUP BY "listingId") s
 WHERE s."listingId" = l."id";

-- Both columns derived from a listing's skills (the search text names them), recomputed in one UPDATE.
CREATE FUNCTION listing_refresh_skill_columns(listing_ids TEXT[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Listing" l
     SET "searchVector" = listing_search_vector(l."id", l."title", l."description", l."companyId"),
         "skillIds" = COALESCE((SELECT array_agg(ls."skillId" ORDER BY ls."skillId")
                                  FROM "ListingSkill" ls WHERE ls."listingId" = l."id"), '{}')
   WHERE l."id" = ANY(listing_ids)
$$;

-- One pass per statement, however many rows; these replace the search migration's skills triggers.
CREATE FUNCTION listing_skills_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM listing_refresh_skill_columns(ARRAY(SELECT DISTINCT "listingId" FROM changed));
  RETURN NULL;
END
$$;

-- The app never updates a ListingSkill row (it deletes and inserts), but an UPDATE would move a row
-- between listings: both sides are recomputed.
CREATE FUNCTION listing_skills_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM listing_refresh_skill_columns(ARRAY(SELECT "listingId" FROM old_rows UNION SELECT "listingId" FROM new_rows));
  RETURN NULL;
END
$$;

DROP TRIGGER "ListingSkill_search_vector_insert" ON "ListingSkill";
DROP TRIGGER "ListingSkill_search_vector_delete" ON "ListingSkill";
DROP FUNCTION listing_search_vector_skills();

CREATE TRIGGER "ListingSkill_changed_insert"
  AFTER INSERT ON "ListingSkill" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION listing_skills_changed();

CREATE TRIGGER "ListingSkill_changed_delete"
  AFTER DELETE ON "ListingSkill" REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION listing_skills_changed();

CREATE TRIGGER "ListingSkill_changed_update"
  AFTER UPDATE ON "ListingSkill" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION listing_skills_moved();
