import { Checkbox } from "@/components/ui";

export type FacetOption = { value: string; label: string; count: number };

type Props = {
  name: string;
  legend: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  /** Options beyond this many (the most frequent first) fold into "more"; selected ones always show. */
  visible?: number;
};

function Option({ name, option, checked }: { name: string; option: FacetOption; checked: boolean }) {
  const id = `${name}-${option.value}`.replace(/[^A-Za-z0-9_-]/g, "_");
  // A value that would empty the page cannot be picked (unless already picked, so it can be removed).
  const disabled = option.count === 0 && !checked;
  return (
    <li className="flex items-start gap-2.5">
      <span className="flex min-h-6 items-center">
        <Checkbox id={id} name={name} value={option.value} defaultChecked={checked} disabled={disabled} />
      </span>
      <label htmlFor={id} className={disabled ? "text-sm leading-6 text-ink-muted" : "text-sm leading-6 text-ink"}>
        {option.label} <span className="text-ink-muted tabular-nums">({option.count})</span>
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
      <ul className="flex flex-col gap-1.5">
        {shown.map((option) => (
          <Option key={option.value} name={name} option={option} checked={selected.includes(option.value)} />
        ))}
      </ul>
      {folded.length > 0 ? (
        <details>
          <summary className="cursor-pointer rounded-sm text-sm font-medium text-accent">{`${folded.length} more`}</summary>
          <ul className="mt-2 flex flex-col gap-1.5">
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
