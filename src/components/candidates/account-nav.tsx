import { NavLink } from "@/components/layout/nav-link";

const items = [
  { href: "/account", label: "Overview", exact: true },
  { href: "/account/profile", label: "Profile" },
  { href: "/account/applications", label: "Applications" },
  // The CV feature's page (decision 026).
  { href: "/account/cvs", label: "CVs" },
  // "Best match for me" as a page: the order without JavaScript (decision 035).
  { href: "/account/matches", label: "Best matches" },
  { href: "/account/saved", label: "Saved roles" },
  { href: "/account/searches", label: "Saved searches" },
  { href: "/settings/data", label: "Your data" },
] as const;

/** The candidate area's own sections, above every /account page. */
export function AccountNav() {
  return (
    <nav aria-label="Your account" className="mb-6 border-b border-line pb-3">
      <ul className="flex flex-wrap gap-x-5 gap-y-2">
        {items.map((item) => (
          <li key={item.href}>
            <NavLink href={item.href} exact={"exact" in item ? item.exact : false}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
