// How far search goes before it stops counting and ranking (docs/decisions/015-search-at-scale.md).
// Here rather than in src/server/search so the search page's components can say so.

/** Relevance ranks the newest this-many matches of a search, not every match. */
export const RANK_CANDIDATES = 1000;

/** Above this many matches, facet counts cover the newest this-many and the total reads "1,000+". */
export const FACET_WINDOW = 1000;

/** Facet counts that take longer than this are given up: the filters then show without numbers. */
export const FACET_BUDGET_MS = 100;

/** "Best match for me" scores the newest this-many listings the filters give, as relevance ranks (decision 035). */
export const MATCH_CANDIDATES = 1000;
