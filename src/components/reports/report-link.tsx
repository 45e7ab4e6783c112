import Link from "next/link";
import { listingPath } from "@/lib/site-url";

/**
 * A plain link to the report page: the listing page is the same for every visitor (decision 011), so it
 * cannot hold a form that depends on who is signed in.
 */
export function ReportLink({ slug }: { slug: string }) {
  return (
    <p className="text-sm text-ink-muted">
      Something wrong with this listing?{" "}
      <Link className="link" href={`${listingPath(slug)}/report`} prefetch={false} rel="nofollow">
        Report it to our moderators
      </Link>
    </p>
  );
}
