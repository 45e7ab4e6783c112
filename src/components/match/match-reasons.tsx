import type { MatchReason, MatchTone } from "@/lib/match";

const MARKS: Record<MatchTone, { mark: string; words: string }> = {
  good: { mark: "✓", words: "For:" },
  mixed: { mark: "~", words: "Partly:" },
  bad: { mark: "✕", words: "Against:" },
  unknown: { mark: "?", words: "Not stated:" },
};

/** Each reason of a match with its points, marked for and against (the words are there for screen readers too). */
export function MatchReasons({ reasons }: { reasons: readonly MatchReason[] }) {
  return (
    <ul className="flex flex-col gap-1.5 text-sm text-ink" aria-label="Why">
      {reasons.map((reason) => (
        <li key={reason.aspect} className="flex gap-2">
          <span aria-hidden="true" className="w-3 shrink-0 text-center">
            {MARKS[reason.tone].mark}
          </span>
          <span>
            <span className="sr-only">{MARKS[reason.tone].words} </span>
            {reason.text} <span className="text-ink-muted">(+{reason.points})</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
