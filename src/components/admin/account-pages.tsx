import Link from "next/link";
import { Badge } from "@/components/ui";

/** "Active" or "Suspended", the same everywhere in the admin area. */
export function AccountStatusBadge({ status }: { status: "ACTIVE" | "SUSPENDED" }) {
  return status === "SUSPENDED" ? <Badge tone="danger">Suspended</Badge> : <Badge tone="success">Active</Badge>;
}

/** Previous and next links for an offset-paged admin list, keeping its other parameters. */
export function PageLinks({
  path,
  params,
  page,
  total,
  pageSize,
}: {
  path: string;
  params: Record<string, string | undefined>;
  page: number;
  total: number;
  pageSize: number;
}) {
  const href = (to: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
    if (to > 1) query.set("page", String(to));
    const text = query.toString();
    return text ? `${path}?${text}` : path;
  };
  const last = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center gap-4 text-sm text-ink-muted">
      {page > 1 ? (
        <Link className="link" href={href(page - 1)}>
          Previous page
        </Link>
      ) : null}
      <span>
        Page {Math.min(page, last)} of {last} · {total} in all
      </span>
      {page < last ? (
        <Link className="link" href={href(page + 1)}>
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
