import type { Metadata } from "next";
import Link from "next/link";
import { CreateSavedSearchForm } from "@/components/candidates/saved-search-forms";
import { Card, PageHeader } from "@/components/ui";
import { queryToSearchParams, searchParamsToQuery } from "@/lib/schemas/search";
import { pageActor } from "@/server/auth/page-actor";
import { createSavedSearchAction } from "../actions";

export const metadata: Metadata = { title: "Save this search", robots: { index: false } };

// Reached from "Save this search" on /jobs with the search's own parameters.
export default async function NewSavedSearchPage({ searchParams }: PageProps<"/account/searches/new">) {
  const { query } = searchParamsToQuery(await searchParams);
  const params = queryToSearchParams({ ...query, sort: undefined }).toString();
  const actor = await pageActor("CANDIDATE", params ? `/account/searches/new?${params}` : "/account/searches/new");
  if (!actor) return null;
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <PageHeader
        title="Save this search"
        description={
          <>
            Come back to{" "}
            <Link className="link" href={params ? `/jobs?${params}` : "/jobs"}>
              {query.q ? `“${query.q}”` : "this search"}
            </Link>{" "}
            any time, and get new matching roles by email.
          </>
        }
      />
      <Card>
        <CreateSavedSearchForm action={createSavedSearchAction} query={params} name={query.q ?? "My search"} />
      </Card>
    </div>
  );
}
