import { NavLink } from "./nav-link";

/** The employer area's sections, above each of its pages. */
export function EmployerNav() {
  return (
    <nav aria-label="Employer" className="mb-6 border-b border-line pb-3">
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
    </nav>
  );
}
