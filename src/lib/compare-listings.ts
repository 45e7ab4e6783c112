import { eligibilitySummary, type EligibilityFields } from "@/lib/eligibility-text";
import { factGroups, NO_FACTS, type ListingFacts } from "@/lib/listing-facts";
import { formatAnnualUsd, formatPay, type NormalisedPay, type StatedPay } from "@/lib/pay";
import { listingRefSchema, MAX_COMPARED_LISTINGS } from "@/lib/schemas/ids";

// Side-by-side comparison of live listings (/jobs/compare, decision 031): what the link asks for and the
// table's rows. Pure: the server looks the listings up (src/server/listings/compare.ts).

/** What `?ids=` asks for: the distinct valid references in canonical order, and what was left out. */
export type CompareRequest = {
  /** Distinct, sorted: the same set is the same cache entry and the same URL, however it was picked. */
  refs: string[];
  /** Parts that are no listing's id or slug (garbage, control characters). */
  invalid: number;
  /** Parts naming a reference already named. */
  repeated: number;
  /** More distinct references than one comparison shows; nothing is looked up then. */
  tooMany: boolean;
};

/**
 * `?ids=a,b` (a shared link) or `?ids=a&ids=b` (the saved roles' form, one checkbox each): both spellings,
 * split on commas, blanks ignored.
 */
export function parseCompareIds(raw: string | string[] | undefined): CompareRequest {
  const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const parts = values
    .flatMap((value) => value.split(","))
    .map((part) => part.trim())
    .filter((part) => part !== "");
  const valid = parts.filter((part) => listingRefSchema.safeParse(part).success);
  const refs = [...new Set(valid)].sort();
  return {
    refs,
    invalid: parts.length - valid.length,
    repeated: valid.length - refs.length,
    tooMany: refs.length > MAX_COMPARED_LISTINGS,
  };
}

/** The one URL of a comparison of these references (already canonical: distinct and sorted). */
export function comparePath(refs: readonly string[]): string {
  // References are [a-z0-9-] only (listingRefSchema), so nothing needs encoding and the commas stay readable.
  return refs.length > 0 ? `/jobs/compare?ids=${refs.join(",")}` : "/jobs/compare";
}

/** What one column shows about its listing. */
export type ComparedListing = StatedPay &
  NormalisedPay &
  EligibilityFields &
  ListingFacts & {
    id: string;
    slug: string;
    title: string;
    company: { name: string; slug: string };
    level: { name: string };
  };

/** One row of the table: a cell per listing (null is "Not stated"), and whether the listings differ on it. */
export type CompareRow = { key: string; label: string; cells: (string[] | null)[]; differs: boolean };

/**
 * The rows, in the order of the listing page: who and what, pay (as stated and in US dollars a year),
 * eligibility, then every group of "The role at a glance" with the glance block's own words (factGroups).
 */
export function compareRows(listings: readonly ComparedListing[], regionNames: ReadonlyMap<string, string>): CompareRow[] {
  const row = (key: string, label: string, cells: (string[] | null)[]): CompareRow => ({
    key,
    label,
    cells,
    differs: new Set(cells.map((cell) => JSON.stringify(cell))).size > 1,
  });
  const glance = listings.map((listing) => factGroups(listing));
  // The terms are the same whatever the facts; an empty comparison still has its rows' names.
  const terms = factGroups(listings[0] ?? NO_FACTS);
  return [
    row(
      "company",
      "Company",
      listings.map((l) => [l.company.name]),
    ),
    row(
      "level",
      "Level",
      listings.map((l) => [l.level.name]),
    ),
    row(
      "pay",
      "Pay",
      listings.map((l) => [formatPay(l)]),
    ),
    row(
      "payUsd",
      "Pay in US dollars a year",
      listings.map((l) => [formatAnnualUsd(l)]),
    ),
    row(
      "eligibility",
      "Who can apply",
      listings.map((l) => [eligibilitySummary(l, regionNames)]),
    ),
    ...terms.map((group, index) =>
      row(
        group.key,
        group.term,
        glance.map((groups) => groups[index]!.lines),
      ),
    ),
  ];
}
