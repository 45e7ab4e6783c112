import { NavLink } from "@/components/layout/nav-link";

const ITEMS = [
  { href: "/settings/account", label: "Account" },
  { href: "/settings/security", label: "Security" },
  { href: "/settings/notifications", label: "Notifications" },
  { href: "/settings/data", label: "Your data" },
] as const;

/** The settings pages' own navigation: every role has the same four. */
export function SettingsNav() {
  return (
    <nav aria-label="Settings" className="mx-auto mb-6 max-w-3xl">
      <ul className="flex flex-wrap gap-x-4 gap-y-2 border-b border-line pb-3 text-sm">
        {ITEMS.map((item) => (
          <li key={item.href}>
            <NavLink href={item.href}>{item.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
