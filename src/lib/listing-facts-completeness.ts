// How much of "the role at a glance" a listing states, as the posting form holds it (form values, so the
// form, the preview and the tests read the same thing). The meter tells employers what candidates will
// miss; the facts stay optional (docs/decisions/031-architect-facts.md).

type FormValues = Record<string, string | string[] | undefined>;

/** Each fact a candidate looks for, by the form field that states it, in the form's order. */
export const FACT_ITEMS = [
  { field: "scalePeakRps", label: "peak traffic" },
  { field: "scaleDataVolume", label: "data volume" },
  { field: "scaleServices", label: "number of services" },
  { field: "ownershipKind", label: "kind of work" },
  { field: "firstSixMonths", label: "first six months" },
  { field: "teamSize", label: "team size" },
  { field: "reportsTo", label: "reporting line" },
  { field: "engineersServed", label: "engineers served" },
  { field: "onCall", label: "on-call" },
  { field: "interviewStages", label: "interview loop" },
  { field: "interviewHours", label: "interview hours" },
  { field: "takeHome", label: "take-home" },
  { field: "systemDesignRound", label: "system-design round" },
  { field: "decisionStyles", label: "decision style" },
] as const;

export type FactsCompleteness = { stated: number; total: number; missing: string[] };

function isStated(value: string | string[] | undefined): boolean {
  if (value === undefined) return false;
  if (Array.isArray(value)) return value.some((v) => v.trim() !== "");
  return value.trim() !== "";
}

export function factsCompleteness(values: FormValues): FactsCompleteness {
  const missing = FACT_ITEMS.filter((item) => !isStated(values[item.field])).map((item) => item.label);
  return { stated: FACT_ITEMS.length - missing.length, total: FACT_ITEMS.length, missing };
}

/** "Candidates will miss: on-call, interview loop and take-home." — or null when nothing is missing. */
export function missingFactsSentence({ missing }: FactsCompleteness): string | null {
  if (missing.length === 0) return null;
  const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(", ")} and ${missing.at(-1)}`;
  return `Candidates will miss: ${list}.`;
}

/** The same measure over a stored listing's columns (the preview). */
export function storedFactsCompleteness(facts: Record<(typeof FACT_ITEMS)[number]["field"], unknown>): FactsCompleteness {
  const values: FormValues = {};
  for (const { field } of FACT_ITEMS) {
    const v = facts[field];
    values[field] = Array.isArray(v) ? v.map(String) : v === null || v === undefined ? "" : String(v);
  }
  return factsCompleteness(values);
}
