import Link from "next/link";
import type { SearchQuery } from "@/lib/schemas/search";
import { searchHref } from "./active-filters";

/** "Did you mean kafka?": the same search (every filter kept) with the corrected text, as a link. */
export function DidYouMean({ query, suggestion }: { query: SearchQuery; suggestion: string }) {
  return (
    <p className="text-base text-ink">
      Did you mean{" "}
      <Link className="link font-semibold" href={searchHref(query, { q: suggestion })}>
        {suggestion}
      </Link>
      ?
    </p>
  );
}
