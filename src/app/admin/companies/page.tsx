import type { Metadata } from "next";
import Link from "next/link";
import { AccountStatusBadge, PageLinks } from "@/components/admin/account-pages";
import { buttonClasses, Card, EmptyState, PageHeader, SelectField, TextField, VerifiedBadge } from "@/components/ui";
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
          <ul className="divide-y divide-line">
            {rows.map((company) => (
              <li key={company.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <div className="min-w-0">
                  <Link className="link font-medium" href={`/admin/companies/${company.id}`}>
                    {company.name}
                  </Link>
                  <p className="text-sm text-ink-muted">
                    {company._count.listings} listing{company._count.listings === 1 ? "" : "s"}
                  </p>
                </div>
                <span className="flex flex-wrap gap-2">
                  {company.verifiedDomain ? <VerifiedBadge /> : null}
                  <AccountStatusBadge status={company.status} />
                </span>
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
