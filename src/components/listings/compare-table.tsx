import Link from "next/link";
import { cn } from "@/components/ui/cn";
import type { ComparedListing, CompareRow } from "@/lib/compare-listings";
import { companyPath, listingPath } from "@/lib/site-url";

/**
 * Listings side by side: a column each, a row per fact in the listing page's order. A row where the
 * listings differ is highlighted and says "Differs" in words (not colour alone). On a phone the table
 * scrolls sideways inside its frame, the facts' names staying in view; the page itself never does.
 */
export function CompareTable({ listings, rows }: { listings: readonly ComparedListing[]; rows: readonly CompareRow[] }) {
  const differing = rows.filter((r) => r.differs).length;
  return (
    // Focusable so a keyboard can scroll it; named by the caption.
    <div
      role="region"
      aria-labelledby="compare-caption"
      tabIndex={0}
      className="max-w-full overflow-x-auto rounded-lg border border-line"
    >
      <table className="w-full border-collapse text-left text-sm">
        <caption id="compare-caption" className="px-4 py-3 text-left text-ink-muted">
          {listings.length} roles side by side;{" "}
          {differing === 0 ? "they state the same on every row" : `they differ on ${differing} of ${rows.length} rows`}.
        </caption>
        <thead>
          <tr className="border-y border-line">
            <th scope="col" className="sticky left-0 z-10 w-32 min-w-32 bg-surface px-3 py-3 align-bottom sm:w-48 sm:min-w-48">
              <span className="sr-only">Fact</span>
            </th>
            {listings.map((listing) => (
              <th key={listing.id} scope="col" className="min-w-48 bg-surface px-3 py-3 align-bottom font-semibold text-ink">
                <Link className="link" href={listingPath(listing.slug)}>
                  {listing.title}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-differs={row.differs} className="border-b border-line last:border-b-0">
              <th
                scope="row"
                className={cn(
                  "sticky left-0 z-10 px-3 py-3 align-top font-medium text-ink",
                  row.differs ? "bg-warning-soft" : "bg-surface",
                )}
              >
                {row.label}
                {row.differs ? <span className="mt-1 block text-xs font-semibold text-warning-ink">Differs</span> : null}
              </th>
              {row.cells.map((cell, index) => (
                <td key={listings[index]!.id} className={cn("px-3 py-3 align-top text-ink", row.differs && "bg-warning-soft/60")}>
                  <Cell rowKey={row.key} cell={cell} listing={listings[index]!} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Cell({ rowKey, cell, listing }: { rowKey: string; cell: string[] | null; listing: ComparedListing }) {
  if (cell === null) return <span className="text-ink-muted">Not stated</span>;
  if (rowKey === "company") {
    return (
      <Link className="link" href={companyPath(listing.company.slug)}>
        {cell[0]}
      </Link>
    );
  }
  if (cell.length === 1) return cell[0];
  return (
    <ul className="flex flex-col gap-1">
      {cell.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
