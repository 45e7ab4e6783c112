import JobsPage from "../../../jobs/page";

// The search page as anonymous visitors get it, one cached copy per canonical query: the proxy rewrites
// /jobs?<query> to /cached/search/<base64url of the query> for visitors without a session
// (src/server/cache/anonymous-pages.ts). The cache lives in memory and is bounded (next.config.ts).
export { metadata } from "../../../jobs/page";

export const dynamic = "force-static";
export const revalidate = 300;

/** "all" is the empty query; anything else is base64url of the canonical parameters. */
function decode(segment: string): Record<string, string[]> {
  const text = segment === "all" ? "" : Buffer.from(decodeURIComponent(segment), "base64url").toString("utf8");
  const params = new URLSearchParams(text);
  return Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)]));
}

export default async function CachedSearchPage({ params }: PageProps<"/cached/search/[query]">) {
  const { query } = await params;
  return <JobsPage params={Promise.resolve({})} searchParams={Promise.resolve(decode(query))} />;
}
