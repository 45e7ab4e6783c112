import { Card } from "@/components/ui";
import { formatUsd } from "@/lib/band-summary";
import { PREMIUM_NOTE, SALARY_REFERENCES } from "@/lib/salary-reference";

/** The outside reference figures, clearly apart from the bands Backplane computes. */
export function ReferenceRanges() {
  return (
    <Card as="section" aria-labelledby="references-heading" className="flex flex-col gap-4">
      <h2 id="references-heading" className="text-xl font-semibold text-ink">
        Reference ranges
      </h2>
      <dl className="grid gap-4 sm:grid-cols-2">
        {SALARY_REFERENCES.map((ref) => (
          <div key={ref.key} className="flex flex-col gap-1" data-reference={ref.key}>
            <dt className="font-medium text-ink">{ref.label}</dt>
            <dd className="text-2xl font-bold text-ink">
              {formatUsd(ref.fromUsd)} – {formatUsd(ref.toUsd)}
            </dd>
            <dd className="text-sm text-ink-muted">{ref.note}</dd>
          </div>
        ))}
      </dl>
      <p className="max-w-prose text-ink-muted">
        <span className="font-medium text-ink">Where premiums come from. </span>
        {PREMIUM_NOTE}
      </p>
      <p className="text-sm text-ink-muted">
        These are industry reference figures for total compensation (salary, bonus and equity), not Backplane data. The bands
        below are computed from the pay ranges stated in our own listings, which usually cover base pay only, so they tend to sit
        lower.
      </p>
    </Card>
  );
}
