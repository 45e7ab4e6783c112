import { Checkbox, ErrorText, HintText } from "@/components/ui";

/**
 * US states or Canadian provinces a listing is limited to: plain checkboxes in a collapsible list, like the
 * countries above (native controls, no JavaScript needed). None ticked means the whole country.
 */
export function ListingFormSubdivisions({
  name,
  legend,
  hint,
  options,
  selected,
  error,
}: {
  name: "eligibleStates" | "eligibleProvinces";
  legend: string;
  hint: string;
  options: readonly (readonly [code: string, name: string])[];
  selected: readonly string[];
  error?: string;
}) {
  const chosen = new Set(selected.map((c) => c.toUpperCase()));
  const names = options.filter(([code]) => chosen.has(code)).map(([, label]) => label);
  const shown = names.length > 4 ? [...names.slice(0, 3), `${names.length - 3} more`] : names;
  const describedBy = [`${name}-hint`, error ? `${name}-error` : ""].join(" ").trim();
  return (
    <fieldset id={name} tabIndex={-1} className="flex flex-col gap-2" aria-describedby={describedBy}>
      <legend className="mb-1 text-sm font-semibold text-ink">{legend}</legend>
      <HintText id={`${name}-hint`}>{hint}</HintText>
      {error ? <ErrorText id={`${name}-error`}>{error}</ErrorText> : null}
      <details open={chosen.size > 0 || Boolean(error)} className="rounded-md border border-line-strong">
        <summary className="px-3 py-2 text-sm font-medium text-ink">
          Limit to some
          {shown.length > 0 ? <span className="font-normal text-ink-muted"> — selected: {shown.join(", ")}</span> : null}
        </summary>
        <div className="grid max-h-72 grid-cols-1 gap-x-4 gap-y-1.5 overflow-y-auto border-t border-line px-3 py-3 sm:grid-cols-2 lg:grid-cols-3">
          {options.map(([code, label]) => (
            <div key={code} className="flex items-center gap-2">
              <Checkbox id={`${name}-${code}`} name={name} value={code} defaultChecked={chosen.has(code)} />
              <label htmlFor={`${name}-${code}`} className="text-sm text-ink">
                {label}
              </label>
            </div>
          ))}
        </div>
      </details>
    </fieldset>
  );
}
