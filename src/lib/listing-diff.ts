// What an edit of a published listing changes, field by field, compared as the posting form holds them
// (src/lib/listing-form-values.ts). Material fields are what a moderator reviewed and candidates decide on:
// a change to any of them waits for review. The rest (benefits, equity, bonus notes) publish at once.
// See docs/decisions/023-editing-published-listings.md.

export type FormValues = Record<string, string | string[]>;

export const LISTING_FIELDS = [
  { name: "title", label: "Title", material: true },
  { name: "levelId", label: "Seniority level", material: true },
  { name: "description", label: "Description", material: true },
  { name: "salaryMin", label: "Salary from", material: true },
  { name: "salaryMax", label: "Salary to", material: true },
  { name: "salaryCurrency", label: "Currency", material: true },
  { name: "salaryPeriod", label: "Pay period", material: true },
  { name: "worldwide", label: "Worldwide", material: true },
  { name: "eligibleRegions", label: "Regions", material: true },
  { name: "eligibleCountries", label: "Countries", material: true },
  { name: "eligibleStates", label: "US states", material: true },
  { name: "eligibleProvinces", label: "Canadian provinces", material: true },
  // Pay-transparency answers are statements a moderator checks against the rules.
  { name: "applicationsCloseOn", label: "Applications close", material: true },
  { name: "aiScreening", label: "AI screening", material: true },
  { name: "existingVacancy", label: "Existing vacancy", material: true },
  { name: "tzWindowStartUtc", label: "Working window from (UTC)", material: true },
  { name: "tzWindowEndUtc", label: "Working window to (UTC)", material: true },
  { name: "tzRequiredOverlapHours", label: "Required overlap (hours)", material: true },
  { name: "visaPolicy", label: "Work authorisation", material: true },
  { name: "engagementModel", label: "Engagement", material: true },
  { name: "skills", label: "Skills", material: true },
  // The role at a glance (decision 031): statements candidates filter and decide on ("no take-home",
  // "no on-call"), and free text a moderator has to see, so they wait for review like the rest.
  { name: "scalePeakRps", label: "Peak traffic", material: true },
  { name: "scaleDataVolume", label: "Data volume", material: true },
  { name: "scaleServices", label: "Number of services", material: true },
  { name: "ownershipKind", label: "Kind of work", material: true },
  { name: "firstSixMonths", label: "First six months", material: true },
  { name: "teamSize", label: "Team size", material: true },
  { name: "reportsTo", label: "Reports to", material: true },
  { name: "engineersServed", label: "Engineers served", material: true },
  { name: "onCall", label: "On-call", material: true },
  { name: "onCallRotationWeeks", label: "On-call rotation (weeks)", material: true },
  // One text area, a stage per line: compared as a whole, so a new order is a change.
  { name: "interviewStages", label: "Interview stages", material: true },
  { name: "interviewHours", label: "Interview hours", material: true },
  { name: "takeHome", label: "Take-home", material: true },
  { name: "systemDesignRound", label: "System-design round", material: true },
  { name: "decisionStyles", label: "Decision style", material: true },
  { name: "benefits", label: "Benefits", material: false },
  { name: "equity", label: "Equity", material: false },
  { name: "bonus", label: "Bonus", material: false },
] as const;

export type FieldChange = { name: string; label: string; material: boolean; before: string[]; after: string[] };

/** A field's values in a comparable order: lists are sets, absence is an empty list. */
function valuesOf(values: FormValues, name: string): string[] {
  const value = values[name];
  if (value === undefined || value === "") return [];
  return Array.isArray(value) ? [...value].sort() : [value];
}

export function diffListing(before: FormValues, after: FormValues): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of LISTING_FIELDS) {
    const was = valuesOf(before, field.name);
    const now = valuesOf(after, field.name);
    if (was.length !== now.length || was.some((v, i) => v !== now[i])) {
      changes.push({ name: field.name, label: field.label, material: field.material, before: was, after: now });
    }
  }
  return changes;
}
