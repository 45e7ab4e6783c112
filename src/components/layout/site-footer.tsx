import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-section border-t border-line bg-surface">
      <div className="mx-auto flex w-full max-w-page flex-col gap-4 px-gutter py-8 text-sm text-ink-muted md:flex-row md:items-center md:justify-between">
        <p>
          <span className="font-semibold text-ink">Backplane</span> — remote backend architect roles with real pay and clear
          eligibility.
        </p>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            <li>
              <Link className="link" href="/">
                Jobs
              </Link>
            </li>
            <li>
              <Link className="link" href="/roles">
                Role profiles
              </Link>
            </li>
            <li>
              <Link className="link" href="/sign-up?role=employer">
                Post a role
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
