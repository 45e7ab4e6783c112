import Link from "next/link";

const LINKS = [
  { href: "/admin", label: "Dashboard" },
  { href: "/admin/review", label: "Review queue" },
  { href: "/admin/reports", label: "Reports" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/companies", label: "Companies" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/outbox", label: "Outgoing mail" },
] as const;

/** The moderator's sections, on every admin page. */
export function AdminNav() {
  return (
    <nav aria-label="Moderation" className="mb-6 border-b border-line pb-3">
      <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link className="link" href={link.href}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
