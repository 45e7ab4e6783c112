import { EU_COUNTRIES } from "@/lib/countries";

// Pay-transparency rules for listings. Colorado, Washington, New York and California apply their
// laws to remote roles open to their residents, and the EU directive to roles open to EU residents;
// a listing open to the US, the EU or the whole world must therefore state its benefits, not only pay.

/** A range wider than this ratio is allowed but flagged to the employer: it hardly tells candidates anything. */
const WIDE_RANGE_RATIO = 1.5;

export function payRangeWarning(salaryMin: number, salaryMax: number): string | null {
  if (salaryMax <= salaryMin * WIDE_RANGE_RATIO) return null;
  return (
    `The salary range is wide: the top is more than ${WIDE_RANGE_RATIO}× the bottom. ` +
    "Several pay-transparency laws expect a good-faith range, and candidates trust narrower ones more."
  );
}

const NEEDS_BENEFITS = new Set<string>(["US", ...EU_COUNTRIES]);

/** True when the eligible locations bring the listing under a US-state or EU pay-transparency law. */
export function benefitsRequired(worldwide: boolean, countries: Iterable<string>): boolean {
  if (worldwide) return true;
  for (const code of countries) if (NEEDS_BENEFITS.has(code)) return true;
  return false;
}

export const BENEFITS_REQUIRED_MESSAGE =
  "Describe the benefits: pay-transparency laws (Colorado, Washington, New York, California, the EU) " +
  "require them for roles open to US or EU residents.";
