/** A range wider than this ratio is allowed but flagged to the employer: it hardly tells candidates anything. */
const WIDE_RANGE_RATIO = 1.5;

export function payRangeWarning(salaryMin: number, salaryMax: number): string | null {
  if (salaryMax <= salaryMin * WIDE_RANGE_RATIO) return null;
  return (
    `The salary range is wide: the top is more than ${WIDE_RANGE_RATIO}× the bottom. ` +
    "Several pay-transparency laws expect a good-faith range, and candidates trust narrower ones more."
  );
}
