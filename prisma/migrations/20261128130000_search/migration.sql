-- Search (issue 4, docs/decisions/007-search.md): a weighted full-text vector per listing kept current
-- by triggers, the SQL twin of src/lib/eligibility.ts's timezone rule, and the indexes that filtering
-- and keyset pagination need.

-- The vector reads other tables (company name, skill names), so it cannot be a generated column.
ALTER TABLE "Listing" ADD COLUMN "searchVector" tsvector;

-- Title weighs most (A), then company name and skills (B), then the description (C).
CREATE FUNCTION listing_search_vector(listing_id TEXT, title TEXT, description TEXT, company_id TEXT)
RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
      || setweight(to_tsvector('english'::regconfig, coalesce((SELECT c."name" FROM "Company" c WHERE c."id" = company_id), '')), 'B')
      || setweight(to_tsvector('english'::regconfig, coalesce((
           SELECT string_agg(s."name", ' ' ORDER BY s."name")
             FROM "ListingSkill" ls JOIN "Skill" s ON s."id" = ls."skillId"
            WHERE ls."listingId" = listing_id), '')), 'B')
      || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'C')
$$;

CREATE FUNCTION listing_search_vector_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := listing_search_vector(NEW."id", NEW."title", NEW."description", NEW."companyId");
  RETURN NEW;
END
$$;

CREATE TRIGGER "Listing_search_vector"
  BEFORE INSERT OR UPDATE OF "title", "description", "companyId" ON "Listing"
  FOR EACH ROW EXECUTE FUNCTION listing_search_vector_row();

-- Skills are written after their listing; one statement-level pass per statement, however many rows.
CREATE FUNCTION listing_search_vector_skills() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Listing" l
     SET "searchVector" = listing_search_vector(l."id", l."title", l."description", l."companyId")
   WHERE l."id" IN (SELECT DISTINCT "listingId" FROM changed);
  RETURN NULL;
END
$$;

CREATE TRIGGER "ListingSkill_search_vector_insert"
  AFTER INSERT ON "ListingSkill" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION listing_search_vector_skills();

CREATE TRIGGER "ListingSkill_search_vector_delete"
  AFTER DELETE ON "ListingSkill" REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION listing_search_vector_skills();

-- A renamed company or skill changes the text of every listing that names it.
CREATE FUNCTION listing_search_vector_company() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Listing" l
     SET "searchVector" = listing_search_vector(l."id", l."title", l."description", l."companyId")
   WHERE l."companyId" = NEW."id";
  RETURN NULL;
END
$$;

CREATE TRIGGER "Company_search_vector"
  AFTER UPDATE OF "name" ON "Company"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION listing_search_vector_company();

CREATE FUNCTION listing_search_vector_skill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Listing" l
     SET "searchVector" = listing_search_vector(l."id", l."title", l."description", l."companyId")
   WHERE l."id" IN (SELECT ls."listingId" FROM "ListingSkill" ls WHERE ls."skillId" = NEW."id");
  RETURN NULL;
END
$$;

CREATE TRIGGER "Skill_search_vector"
  AFTER UPDATE OF "name" ON "Skill"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION listing_search_vector_skill();

UPDATE "Listing" SET "searchVector" = listing_search_vector("id", "title", "description", "companyId");

-- Minutes shared by two daily windows on the 24-hour clock, each given as a start (0..1439, minutes
-- after midnight UTC) and a length in minutes; either may cross midnight. The SQL twin of
-- overlapMinutes() in src/lib/eligibility.ts (a property test holds them together). Inlined by the planner.
CREATE FUNCTION daily_overlap_minutes(a_start INT, a_length INT, b_start INT, b_length INT)
RETURNS INT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT GREATEST(0, LEAST(a_start + a_length, b_start + b_length - 1440) - GREATEST(a_start, b_start - 1440))
       + GREATEST(0, LEAST(a_start + a_length, b_start + b_length) - GREATEST(a_start, b_start))
       + GREATEST(0, LEAST(a_start + a_length, b_start + b_length + 1440) - GREATEST(a_start, b_start + 1440))
$$;

-- Keyset pagination walks these in order: newest first, best paid first (ties broken by id).
DROP INDEX "Listing_status_publishedAt_idx";
CREATE INDEX "Listing_status_publishedAt_id_idx" ON "Listing"("status", "publishedAt" DESC, "id" DESC);
CREATE INDEX "Listing_status_annualUsdMax_id_idx" ON "Listing"("status", "annualUsdMax" DESC, "id" DESC);

CREATE INDEX "Listing_searchVector_idx" ON "Listing" USING GIN ("searchVector");
CREATE INDEX "Listing_eligibleCountries_idx" ON "Listing" USING GIN ("eligibleCountries");
CREATE INDEX "Listing_eligibleRegions_idx" ON "Listing" USING GIN ("eligibleRegions");
