import type { Metadata } from "next";
import Link from "next/link";
import { CompareTable } from "@/components/listings/compare-table";
import { FormMessage, PageHeader } from "@/components/ui";
import { comparePath, parseCompareIds } from "@/lib/compare-listings";
import { MAX_COMPARED_LISTINGS } from "@/lib/schemas/ids";
import { pageMetadata } from "@/lib/seo/metadata";
import { listingPath } from "@/lib/site-url";
import { findComparison } from "@/server/listings/compare";

// Listings side by side (issue 14, decision 031). A public page: it never reads the session (decision 011),
// so it is the same HTML for everyone; it reads the query, so it renders per request, from the data cache.
// Combinations are not worth indexing: noindex, with the canonical (sorted, distinct) set as canonical URL.

export async function generateMetadata({ searchParams }: PageProps<"/jobs/compare">): Promise<Metadata> {
  const { ids } = await searchParams;
  return {
    ...pageMetadata({
      title: "Compare roles",
      description: "Open backend architect roles side by side: pay, eligibility, scale, team, on-call and interview loop.",
      path: comparePath(parseCompareIds(ids).refs),
    }),
    robots: { index: false, follow: true },
  };
}

export default async function ComparePage({ searchParams }: PageProps<"/jobs/compare">) {
  const { ids } = await searchParams;
  const { listings, rows, notices } = await findComparison(ids);
  return (
    <div className="flex min-w-0 flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link className="link" href="/jobs">
          All roles
        </Link>
      </nav>
      <PageHeader
        title="Compare roles"
        description="Pay, eligibility and the role at a glance, side by side. Rows where the roles differ are highlighted."
      />
      {notices.length > 0 ? (
        <FormMessage tone="info">
          <ul className="flex flex-col gap-1">
            {notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        </FormMessage>
      ) : null}
      {rows.length > 0 ? (
        <CompareTable listings={listings} rows={rows} />
      ) : (
        <div className="flex flex-col gap-3 text-ink">
          <p>
            Comparing needs two to {MAX_COMPARED_LISTINGS} open roles. Tick them on{" "}
            <Link className="link" href="/account/saved">
              your saved roles
            </Link>{" "}
            and choose “Compare”, or{" "}
            <Link className="link" href="/jobs">
              find roles
            </Link>{" "}
            to save.
          </p>
          {listings.length === 1 ? (
            <p>
              Still open:{" "}
              <Link className="link" href={listingPath(listings[0]!.slug)}>
                {listings[0]!.title}
              </Link>
              , at {listings[0]!.company.name}.
            </p>
          ) : null}
        </div>
      )}
    </div>
  );
}
