import Link from "next/link";
import type { DuplicateMatch } from "@/server/moderation/duplicates";

/**
 * The near-duplicate check's stored result for one listing or waiting edit (decision 033): "pending" until
 * the job has run on this content, then the similar listings behind a summary — the near-copy badge names
 * the closest one, and the page stays compact (issue 12); the details open without script.
 */
export function DuplicateMatches({
  pending,
  matches,
  open,
}: {
  pending: boolean;
  matches: DuplicateMatch[];
  /** Open from the start: a page about one listing has room, and no badge names the closest match there. */
  open?: boolean;
}) {
  return (
    <>
      {pending ? <p className="text-sm text-ink-muted">Duplicate check pending: reload in a minute to see near-copies.</p> : null}
      {matches.length > 0 ? (
        <details className="text-sm" open={open || undefined}>
          <summary className="cursor-pointer font-medium text-ink">Similar listings ({matches.length})</summary>
          <ul className="mt-1 flex flex-col gap-1 text-ink-muted">
            {matches.map((match) => (
              <li key={match.id}>
                <Link className="link" href={`/admin/review/${match.id}`}>
                  {match.title}
                </Link>{" "}
                at{" "}
                <Link className="link" href={`/admin/companies/${match.companyId}`}>
                  {match.companyName}
                </Link>{" "}
                · {match.status.toLowerCase().replace("_", " ")} · {Math.round(match.similarity * 100)}% alike
                {match.repost ? " · repost" : ""}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
