import { NOT_STATED, factGroups, type ListingFacts } from "@/lib/listing-facts";
import { FactList } from "./fact-list";

/**
 * "The role at a glance" (docs/decisions/031-architect-facts.md): the same six terms in the same order on
 * every listing, so two listings compare line by line; an unstated group says so rather than vanishing.
 * A listing that states none of them gets one sentence instead of six "Not stated" lines.
 */
export function RoleAtAGlance({ facts }: { facts: ListingFacts }) {
  const groups = factGroups(facts);
  const stated = groups.some((g) => g.lines !== null);
  return (
    <section aria-labelledby="glance-heading" className="flex flex-col gap-3">
      <h2 id="glance-heading" className="text-xl font-semibold text-ink">
        The role at a glance
      </h2>
      {stated ? (
        <FactList
          facts={groups.map((g) => ({
            label: g.term,
            value: g.lines ? (
              g.lines.length === 1 ? (
                g.lines[0]
              ) : (
                <ul className="flex flex-col gap-1">
                  {g.lines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )
            ) : (
              <span className="text-ink-muted">{NOT_STATED}</span>
            ),
          }))}
        />
      ) : (
        <p className="text-ink-muted">
          The employer has not stated the scale, ownership, team, on-call, interview loop or decision style.
        </p>
      )}
    </section>
  );
}
