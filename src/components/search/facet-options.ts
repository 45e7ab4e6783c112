export type FacetOption = { value: string; label: string; count: number };

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
