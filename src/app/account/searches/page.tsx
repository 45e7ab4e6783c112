import type { Metadata } from "next";
import Link from "next/link";
import { EditSavedSearchForm } from "@/components/candidates/saved-search-forms";
import { ButtonLink, Card, EmptyState, FormMessage, PageHeader } from "@/components/ui";
import { feedPath } from "@/lib/feeds/feed-urls";
import { formatDate } from "@/lib/format";
import { frequencySlug } from "@/lib/schemas/saved-search";
import { pageActor } from "@/server/auth/page-actor";
import { listSavedSearches } from "@/server/candidates/saved-searches";
import { deleteSavedSearchAction, updateSavedSearchAction } from "./actions";

export const metadata: Metadata = { title: "Saved searches", robots: { index: false } };

/** "q: kafka · level: staff, principal · country: DE" from the stored parameters. */
function summary(params: string): string {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of new URLSearchParams(params)) grouped.set(key, [...(grouped.get(key) ?? []), value]);
  return [...grouped].map(([key, values]) => `${key}: ${values.join(", ")}`).join(" · ") || "All roles";
}

export default async function SavedSearchesPage({ searchParams }: PageProps<"/account/searches">) {
  const actor = await pageActor("CANDIDATE", "/account/searches");
  if (!actor) return null;
  const [searches, { saved }] = await Promise.all([listSavedSearches(actor), searchParams]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Saved searches"
        description="Searches you come back to. Daily or weekly, we email the new roles that match since the last email."
      />
      {saved ? <FormMessage tone="success">Search saved.</FormMessage> : null}
      {searches.length === 0 ? (
        <EmptyState
          title="No saved searches"
          description="Search on the jobs page, then choose “Save this search”."
          action={<ButtonLink href="/jobs">Search roles</ButtonLink>}
        />
      ) : (
        <ul className="space-y-3">
          {searches.map((search) => {
            const params = new URLSearchParams(search.params);
            return (
              <li key={search.id}>
                <Card>
                  <div className="mb-4 space-y-1">
                    <Link className="link font-medium" href={search.params ? `/jobs?${search.params}` : "/jobs"}>
                      {search.name}
                    </Link>
                    <p className="text-sm break-words text-ink-muted">{summary(search.params)}</p>
                    <p className="text-sm text-ink-muted">
                      Saved {formatDate(search.createdAt)}
                      {search.lastAlertedAt ? ` · last checked for new roles ${formatDate(search.lastAlertedAt)}` : ""} ·{" "}
                      <a className="link" href={feedPath("rss", params)}>
                        RSS feed
                      </a>{" "}
                      ·{" "}
                      <a className="link" href={feedPath("json", params)}>
                        JSON Feed
                      </a>
                    </p>
                  </div>
                  <EditSavedSearchForm
                    updateAction={updateSavedSearchAction}
                    deleteAction={deleteSavedSearchAction}
                    id={search.id}
                    name={search.name}
                    frequency={frequencySlug(search.alertFrequency)}
                  />
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
