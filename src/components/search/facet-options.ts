export type FacetOption = {
  value: string;
  label: string;
  count: number;
  /** The count covers only the newest matching roles: at least `count`, and 0 means "none among them". */
  atLeast?: boolean;
};

/**
 * Every value of a vocabulary with its count from the facets (0 when absent), most frequent first.
 * `partial`: the counts cover only the newest matching roles (docs/decisions/015-search-at-scale.md).
 */
export function withCounts(
  vocabulary: readonly { value: string; label: string }[],
  counts: readonly { value: string; count: number }[] | undefined,
  order: "count" | "vocabulary" = "vocabulary",
  partial = false,
): FacetOption[] {
  const byValue = new Map((counts ?? []).map((c) => [c.value, c.count]));
  const options = vocabulary.map((v) => ({ ...v, count: byValue.get(v.value) ?? 0, ...(partial ? { atLeast: true } : {}) }));
  return order === "count" ? options.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)) : options;
}

/** The count as shown: exact, "12+" (at least), or nothing when the newest roles had none. */
export function countText(option: FacetOption): string | null {
  if (!option.atLeast) return String(option.count);
  return option.count > 0 ? `${option.count.toLocaleString("en-US")}+` : null;
}
