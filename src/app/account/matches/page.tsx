import type { Metadata } from "next";
import Link from "next/link";
import { bestMatchParams } from "@/components/match/match-links";
import { MatchOrderList } from "@/components/match/match-order-list";
import { SearchParamErrors } from "@/components/search/param-errors";
import { ButtonLink, EmptyState, PageHeader } from "@/components/ui";
import { searchParamsToQuery } from "@/lib/schemas/search";
import { pageActor } from "@/server/auth/page-actor";
import { readMatchOrder } from "@/server/viewer/match-order";

export const metadata: Metadata = { title: "Your best matches", robots: { index: false } };

/** Next's search parameters as one URLSearchParams, repeated keys kept in order. */
function toUrlParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) for (const v of [value ?? []].flat()) params.append(key, v);
  return params;
}

// "Best match for me" without JavaScript (decision 035): the /jobs prompt links here with its search. The
// candidate's own order, rendered per request in the private account area (dynamic, as it reads the
// session), from the same code as /api/me/jobs.
export default async function AccountMatchesPage({ searchParams }: PageProps<"/account/matches">) {
  const params = toUrlParams(await searchParams);
  const actor = await pageActor("CANDIDATE", params.size > 0 ? `/account/matches?${params}` : "/account/matches");
  if (!actor) return null;
  const answer = await readMatchOrder(actor, params);
  // On a refused address the links start again from what could be used (never the cursor).
  const search = bestMatchParams(answer.status === "ok" ? answer.query : searchParamsToQuery(params).query);
  const firstPage = `/account/matches?${search}`;
  const searchPage = `/jobs?${search}&sort=match`;
  const later = answer.status === "ok" && answer.query.cursor !== undefined;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Your best matches"
        description="Open roles in order of how well they fit your profile: whether you can take them, the level, your skills, your minimum pay and your on-call and take-home preferences."
        actions={
          <ButtonLink href={searchPage} variant="secondary" size="sm">
            Change the search
          </ButtonLink>
        }
      />
      {answer.status === "ok" ? (
        <MatchOrderList
          page={answer.page}
          firstPageHref={firstPage}
          later={later}
          empty={
            <EmptyState
              title={later ? "No more roles" : "No roles match this search"}
              description={
                later ? "You have seen every role in this order." : "Widen the search, or come back when new roles are approved."
              }
              action={
                later ? (
                  <Link className="link font-medium" href={firstPage}>
                    Back to the first page
                  </Link>
                ) : (
                  <ButtonLink href={searchPage}>Change the search</ButtonLink>
                )
              }
            />
          }
        />
      ) : answer.status === "invalid" ? (
        <SearchParamErrors title="This address could not be used for your matches:" errors={answer.errors}>
          <p className="mt-2">
            <Link className="link font-medium" href={firstPage}>
              Start from the first page of this search
            </Link>
          </p>
        </SearchParamErrors>
      ) : (
        // pageActor has already checked; the answer is only ever about a candidate's own profile.
        <EmptyState title="Candidate accounts only" description="Best match compares roles with a candidate's profile." />
      )}
    </div>
  );
}
