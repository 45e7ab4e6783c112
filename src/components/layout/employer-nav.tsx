import type { ComponentProps } from "react";
import { CompanySwitcher } from "./company-switcher";
import { NavLink } from "./nav-link";

type Companies = ComponentProps<typeof CompanySwitcher>["companies"];

/** The employer area's sections, above each of its pages; the company switcher when there is a choice. */
export function EmployerNav({ companies = [] }: { companies?: Companies }) {
  return (
    <nav aria-label="Employer" className="mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-line pb-3">
      <ul className="flex flex-wrap gap-1 text-sm">
        <li>
          <NavLink href="/employer/listings">Listings</NavLink>
        </li>
        <li>
          <NavLink href="/employer/company">Company profile</NavLink>
        </li>
        <li>
          <NavLink href="/employer/team">Team</NavLink>
        </li>
      </ul>
      {companies.length > 1 ? <CompanySwitcher companies={companies} /> : null}
    </nav>
  );
}
