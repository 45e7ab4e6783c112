import Link from "next/link";
import { unstable_rethrow } from "next/navigation";
import { ButtonLink } from "@/components/ui";
import type { Actor } from "@/server/auth/session";
import { getActor } from "@/server/auth/session";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

type NavItem = { href: string; label: string; exact?: boolean };

const publicItems: NavItem[] = [
  { href: "/jobs", label: "Jobs" },
  { href: "/roles/remote-backend-architect", label: "Role profile" },
  { href: "/salaries", label: "Salaries" },
];

function itemsFor(actor: Actor | null): NavItem[] {
  switch (actor?.role) {
    case "CANDIDATE":
      return [{ href: "/account/applications", label: "My applications" }];
    case "EMPLOYER":
      return [{ href: "/employer/listings", label: "My listings", exact: true }];
    case "ADMIN":
      return [{ href: "/admin/review", label: "Review queue" }];
    default:
      return [];
  }
}

// The header degrades to "signed out" if the session cannot be read (e.g. the database is down),
// so one failing lookup never takes every page with it.
async function currentActor(): Promise<Actor | null> {
  try {
    return await getActor();
  } catch (error) {
    unstable_rethrow(error);
    console.error("Header could not read the session", error);
    return null;
  }
}

export async function SiteHeader() {
  const actor = await currentActor();
  const items = [...publicItems, ...itemsFor(actor)];
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
            {items.map((item) => (
              <li key={item.href}>
                <NavLink href={item.href} exact={item.exact}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>

        <div className="ml-auto flex items-center gap-2">
          {actor ? (
            <>
              <span className="hidden max-w-40 truncate text-sm text-ink-muted sm:inline" title={actor.email}>
                {actor.name}
              </span>
              {actor.role === "EMPLOYER" ? (
                <ButtonLink href="/employer/listings/new" size="sm">
                  Post a role
                </ButtonLink>
              ) : null}
              <SignOutButton />
            </>
          ) : (
            <>
              <ButtonLink href="/sign-in" variant="ghost" size="sm">
                Sign in
              </ButtonLink>
              <ButtonLink href="/sign-up?role=employer" size="sm">
                Post a role
              </ButtonLink>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
