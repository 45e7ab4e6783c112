import { formatDate, isoDate } from "@/lib/format";

/** The first posting date and the listing's reference: shown on the page, and named in its JobPosting markup. */
export function ListingReference({ id, publishedAt }: { id: string; publishedAt: Date | null }) {
  return (
    <p className="text-sm text-ink-muted">
      {publishedAt ? (
        <>
          First posted <time dateTime={isoDate(publishedAt)}>{formatDate(publishedAt)}</time>
          <span aria-hidden="true"> · </span>
        </>
      ) : null}
      Listing reference <span className="font-mono break-all">{id}</span>
    </p>
  );
}
