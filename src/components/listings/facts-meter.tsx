import { missingFactsSentence, type FactsCompleteness } from "@/lib/listing-facts-completeness";

/**
 * How much of "the role at a glance" a listing states, and what candidates will miss. A native <meter>
 * (announced with its value) plus the sentence; no script needed. Shown on the posting form and the preview.
 */
export function FactsMeter({ completeness, id = "facts-meter" }: { completeness: FactsCompleteness; id?: string }) {
  const { stated, total } = completeness;
  const sentence = missingFactsSentence(completeness);
  return (
    <div className="flex flex-col gap-1.5" aria-live="polite">
      <div className="flex flex-wrap items-center gap-3">
        <label htmlFor={id} className="text-sm font-semibold text-ink">
          {stated} of {total} facts stated
        </label>
        <meter id={id} min={0} max={total} low={total / 2} high={total - 1} optimum={total} value={stated} className="h-3 w-40">
          {stated} of {total}
        </meter>
      </div>
      <p className="text-sm text-ink-muted">{sentence ?? "Candidates see every fact they look for."}</p>
    </div>
  );
}
