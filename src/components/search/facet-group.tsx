"use client";

import { countText, type FacetOption } from "./facet-options";

type Props = {
  name: string;
  legend: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  /** Options beyond this many (the most frequent first) fold into "more"; selected ones always show. */
  visible?: number;
  /** Said under the legend when the counts are lower bounds (too many roles to count each time). */
  note?: string;
};

// A search page carries ~70 options. Styled once on the group (.facet-options in globals.css) rather than
// on every option, and rendered by a client component from plain data, so the RSC payload holds each
// option as a few words rather than as a tree of elements (the component has no state of its own).

function Option({ name, option, checked }: { name: string; option: FacetOption; checked: boolean }) {
  // A value that would empty the page cannot be picked (unless already picked, so it can be removed).
  // A lower-bound count of 0 only says the newest roles have none, so that value stays available.
  const count = countText(option);
  return (
    <label>
      <input
        type="checkbox"
        name={name}
        value={option.value}
        defaultChecked={checked}
        disabled={option.count === 0 && !option.atLeast && !checked}
      />
      <span>
        {option.label} {count === null ? null : <small>({count})</small>}
      </span>
    </label>
  );
}

/** One filter dimension as checkboxes, each with how many roles it would give. */
export function FacetGroup({ name, legend, options, selected, visible, note }: Props) {
  const shown = visible === undefined ? options : options.filter((o, i) => i < visible || selected.includes(o.value));
  const folded = options.filter((o) => !shown.includes(o));
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-semibold text-ink">{legend}</legend>
      {note ? <p className="text-xs text-ink-muted">{note}</p> : null}
      <div className="facet-options">
        {shown.map((option) => (
          <Option key={option.value} name={name} option={option} checked={selected.includes(option.value)} />
        ))}
      </div>
      {folded.length > 0 ? (
        <details>
          <summary className="cursor-pointer rounded-sm text-sm font-medium text-accent">{`${folded.length} more`}</summary>
          <div className="facet-options mt-2">
            {folded.map((option) => (
              <Option key={option.value} name={name} option={option} checked={false} />
            ))}
          </div>
        </details>
      ) : null}
    </fieldset>
  );
}
