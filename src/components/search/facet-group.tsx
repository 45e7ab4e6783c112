export type FacetOption = { value: string; label: string; count: number };

type Props = {
  name: string;
  legend: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  /** Options beyond this many (the most frequent first) fold into "more"; selected ones always show. */
  visible?: number;
};

// Styled once on the list rather than on every option: a search page carries ~70 of them, and each
// one's markup is sent twice (HTML and the RSC payload).
const LIST =
  "flex flex-col gap-1.5 text-sm leading-6 text-ink [&_label]:flex [&_label]:items-start [&_label]:gap-2.5 " +
  "[&_input]:mt-0.75 [&_input]:size-4.5 [&_input]:shrink-0 [&_input]:rounded [&_input]:accent-accent [&_small]:text-sm " +
  "[&_small]:text-ink-muted [&_small]:tabular-nums [&_label:has(:disabled)]:text-ink-muted";

function Option({ name, option, checked }: { name: string; option: FacetOption; checked: boolean }) {
  // A value that would empty the page cannot be picked (unless already picked, so it can be removed).
  return (
    <li>
      <label>
        <input
          type="checkbox"
          name={name}
          value={option.value}
          defaultChecked={checked}
          disabled={option.count === 0 && !checked}
        />
        <span>
          {option.label} <small>({option.count})</small>
        </span>
      </label>
    </li>
  );
}

/** One filter dimension as checkboxes, each with how many roles it would give. */
export function FacetGroup({ name, legend, options, selected, visible }: Props) {
  const shown = visible === undefined ? options : options.filter((o, i) => i < visible || selected.includes(o.value));
  const folded = options.filter((o) => !shown.includes(o));
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-semibold text-ink">{legend}</legend>
      <ul className={LIST}>
        {shown.map((option) => (
          <Option key={option.value} name={name} option={option} checked={selected.includes(option.value)} />
        ))}
      </ul>
      {folded.length > 0 ? (
        <details>
          <summary className="cursor-pointer rounded-sm text-sm font-medium text-accent">{`${folded.length} more`}</summary>
          <ul className={`mt-2 ${LIST}`}>
            {folded.map((option) => (
              <Option key={option.value} name={name} option={option} checked={false} />
            ))}
          </ul>
        </details>
      ) : null}
    </fieldset>
  );
}

/** Every value of a vocabulary with its count from the facets (0 when absent), most frequent first. */
export function withCounts(
  vocabulary: readonly { value: string; label: string }[],
  counts: readonly { value: string; count: number }[] | undefined,
  order: "count" | "vocabulary" = "vocabulary",
): FacetOption[] {
  const byValue = new Map((counts ?? []).map((c) => [c.value, c.count]));
  const options = vocabulary.map((v) => ({ ...v, count: byValue.get(v.value) ?? 0 }));
  return order === "count" ? options.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)) : options;
}
