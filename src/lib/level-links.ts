// Where a seniority level's links go, in one place: the role profile, the salary page and listing
// pages all link a level to its open roles and to its salary band.

/** Open roles at a level: the search page filtered to it. */
export function listingsAtLevelHref(levelSlug: string): string {
  return `/jobs?level=${encodeURIComponent(levelSlug)}`;
}

/** The level's section on the salary page. */
export function salaryBandHref(levelSlug: string): string {
  return `/salaries#${levelBandAnchor(levelSlug)}`;
}

export function levelBandAnchor(levelSlug: string): string {
  return `level-${levelSlug}`;
}
