import type { Metadata } from "next";
import Link from "next/link";
import { AccountStatusBadge, PageLinks } from "@/components/admin/account-pages";
import { buttonClasses, Card, EmptyState, PageHeader, SelectField, TextField, VerifiedBadge } from "@/components/ui";
import { formatDate } from "@/lib/format";
import { adminSearchSchema } from "@/lib/schemas/moderation";
import { pageActor } from "@/server/auth/page-actor";
import { ADMIN_PAGE_SIZE, searchCompanies } from "@/server/moderation/accounts";

export const metadata: Metadata = { title: "Companies" };

export default async function CompaniesPage({ searchParams }: PageProps<"/admin/companies">) {
  const actor = await pageActor("ADMIN", "/admin/companies");
  if (!actor) return null;
  const search = adminSearchSchema.parse(await searchParams);
  const { rows, total } = await searchCompanies(actor, search);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Companies" description="Find a company by name; open it to suspend or restore it." />
      <Card>
        <form method="get" action="/admin/companies" className="grid gap-4 sm:grid-cols-[1fr_auto_auto] sm:items-end">
          <TextField name="q" label="Name" defaultValue={search.q} />
          <SelectField
            name="status"
            label="Status"
            placeholder="Any status"
            defaultValue={search.status ?? ""}
            options={[
              { value: "ACTIVE", label: "Active" },
              { value: "SUSPENDED", label: "Suspended" },
            ]}
          />
          <button type="submit" className={buttonClasses({ variant: "primary" })}>
            Search
          </button>
        </form>
      </Card>
      {rows.length === 0 ? (
        <EmptyState title="No companies found" description="Try part of the name, or clear the filters." />
      ) : (
        <Card padding="none">
          {/* One row per company; from sm up its facts line up in columns, so a long list scans down. */}
          <ul className="divide-y divide-line">
            {rows.map((company) => (
              <li
                key={company.id}
                className="flex flex-col gap-1 px-4 py-3 sm:grid sm:grid-cols-[minmax(0,1fr)_7rem_10rem_6rem] sm:items-center sm:gap-4"
              >
                <div className="min-w-0">
                  <Link className="link font-medium break-words" href={`/admin/companies/${company.id}`}>
                    {company.name}
                  </Link>
                  <p className="text-sm text-ink-muted">
                    <Link className="link" href={`/companies/${company.slug}`} prefetch={false}>
                      Public page<span className="sr-only"> of {company.name}</span>
                    </Link>
                  </p>
                </div>
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-ink-muted sm:contents">
                  <span>
                    {company._count.listings} listing{company._count.listings === 1 ? "" : "s"}
                  </span>
                  <span>since {formatDate(company.createdAt)}</span>
                  <span className="flex flex-wrap gap-2 sm:justify-self-end">
                    {company.verifiedDomain ? <VerifiedBadge /> : null}
                    <AccountStatusBadge status={company.status} />
                  </span>
                </div>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <PageLinks
        path="/admin/companies"
        params={{ q: search.q, status: search.status }}
        page={search.page}
        total={total}
        pageSize={ADMIN_PAGE_SIZE}
      />
    </div>
  );
}
