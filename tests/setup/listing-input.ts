// A posting form's fields as the listing schema reads them: the smallest input it accepts, for unit tests
// that change a few fields and check what the schema makes of them.
const VALID = {
  title: "Principal backend architect",
  levelId: "clevel0000000000000000001",
  description: "x".repeat(200),
  salaryMin: "200000",
  salaryMax: "260000",
  salaryCurrency: "usd",
  salaryPeriod: "YEAR",
  eligibleCountries: "br",
  visaPolicy: "NOT_REQUIRED",
  engagementModel: "CONTRACTOR",
  skills: "cskill0000000000000000001",
};

/** A valid form input with `changes` laid over it. */
export function listingInput(changes: object = {}): Record<string, unknown> {
  return { ...VALID, ...changes };
}

/** The one skill id the valid input carries. */
export const LISTING_INPUT_SKILL = VALID.skills;
