-- Search at scale (docs/decisions/015-search-at-scale.md): the facet counts of the whole live set,
-- computed in the background (job "refresh-search-facets", enqueued by the listing lifecycle's
-- after-effects) rather than by the first visitor of /jobs, which at a million listings took seconds.
-- One row per dimension and value; rewritten whole by each refresh.
CREATE TABLE "SearchFacetCount" (
    "dimension" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "refreshedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SearchFacetCount_pkey" PRIMARY KEY ("dimension","value")
);
