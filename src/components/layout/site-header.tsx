import Link from "next/link";
import { AccountArea, RoleNavItem } from "./account-area";
import { NavLink } from "./nav-link";

const publicItems = [
  { href: "/jobs", label: "Jobs" },
  { href: "/roles/remote-backend-architect", label: "Role profile" },
  { href: "/salaries", label: "Salaries" },
];

/**
 * The same header for every visitor, so every page around it can be cached and shared (decision 011);
 * the account area and the visitor's own section are islands that ask who is signed in.
 */
export function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex w-full max-w-page flex-wrap items-center gap-x-4 gap-y-1 px-gutter py-2 md:flex-nowrap md:py-3">
        <Link href="/" className="flex min-h-10 items-center gap-2 rounded-md text-lg font-bold tracking-tight text-ink">
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="size-6 text-accent"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <rect x="3" y="4" width="18" height="5" rx="1.5" />
            <rect x="3" y="15" width="18" height="5" rx="1.5" />
            <path d="M8 9v6M16 9v6" />
          </svg>
          Backplane
        </Link>

        {/* DOM order is logo, nav, account (the reading order on wide screens); on phones the nav drops to its own row. */}
        <nav aria-label="Main" className="order-last -mx-3 w-full overflow-x-auto md:order-none md:mx-0 md:w-auto">
          <ul className="flex items-center gap-1">
            {publicItems.map((item) => (
              <li key={item.href}>
                <NavLink href={item.href}>{item.label}</NavLink>
              </li>
            ))}
            <RoleNavItem />
          </ul>
        </nav>

        <AccountArea />
      </div>
    </header>
  );
}
