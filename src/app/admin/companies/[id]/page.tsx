import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccountStatusBadge } from "@/components/admin/account-pages";
import { ReasonForm } from "@/components/admin/reason-form";
import { Card, ListingStatusBadge, PageHeader, VerifiedBadge } from "@/components/ui";
import { auditTrailPath } from "@/lib/audit-filters";
import { formatDate } from "@/lib/format";
import { idSchema } from "@/lib/schemas/ids";
import { pageActor } from "@/server/auth/page-actor";
import { findCompanyForAdmin } from "@/server/moderation/accounts";
import { restoreCompanyAction, suspendCompanyAction } from "../../users/actions";

export const metadata: Metadata = { title: "Company" };

export default async function AdminCompanyPage({ params }: PageProps<"/admin/companies/[id]">) {
  const { id } = await params;
  const actor = await pageActor("ADMIN", `/admin/companies/${id}`);
  if (!actor) return null;
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) notFound();
  const company = (await findCompanyForAdmin(actor, parsed.data)) ?? notFound();
  return (
    <div className="flex flex-col gap-6">
      <Link className="link text-sm" href="/admin/companies">
        All companies
      </Link>
      <PageHeader title={company.name} description={company.website ?? undefined} />
      <Card>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-ink-muted">Status</dt>
          <dd>
            <AccountStatusBadge status={company.status} />
            {company.suspendedAt ? <span className="ml-2 text-ink-muted">since {formatDate(company.suspendedAt)}</span> : null}
          </dd>
          {company.status === "SUSPENDED" && company.suspensionReason ? (
            <>
              <dt className="text-ink-muted">Reason</dt>
              <dd className="whitespace-pre-line">{company.suspensionReason}</dd>
            </>
          ) : null}
          <dt className="text-ink-muted">Verified</dt>
          <dd>
            {company.verifiedDomain && company.verifiedAt ? (
              <>
                <VerifiedBadge domain={company.verifiedDomain} />
                <span className="ml-2 text-ink-muted">since {formatDate(company.verifiedAt)}</span>
              </>
            ) : (
              "Not verified"
            )}
          </dd>
          <dt className="text-ink-muted">Created</dt>
          <dd>{formatDate(company.createdAt)}</dd>
          <dt className="text-ink-muted">Team</dt>
          <dd className="flex flex-col gap-1">
            {company.members.length === 0
              ? "Nobody"
              : company.members.map((m) => (
                  <span key={m.user.id}>
                    <Link className="link break-all" href={`/admin/users/${m.user.id}`}>
                      {m.user.email}
                    </Link>{" "}
                    ({m.role.toLowerCase()}
                    {m.user.status === "SUSPENDED" ? ", suspended" : ""})
                  </span>
                ))}
          </dd>
        </dl>
        <p className="mt-4 text-sm">
          <Link className="link" href={auditTrailPath("Company", company.id)}>
            Audit trail of this company
          </Link>
        </p>
      </Card>
      <Card>
        {company.status === "ACTIVE" ? (
          <ReasonForm
            action={suspendCompanyAction}
            hidden={{ companyId: company.id }}
            label="Reason for suspending"
            hint="The company's team sees it. All its listings leave search, feeds, the sitemap and salary bands at once."
            submit="Suspend company"
            pending="Suspending…"
            danger
          />
        ) : (
          <ReasonForm
            action={restoreCompanyAction}
            hidden={{ companyId: company.id }}
            label="Why restore it"
            hint="Its published listings that have not expired come back on the board."
            submit="Restore company"
            pending="Restoring…"
          />
        )}
      </Card>
      <section aria-labelledby="company-listings" className="flex flex-col gap-3">
        <h2 id="company-listings" className="text-xl font-semibold text-ink">
          Listings
        </h2>
        {company.listings.length === 0 ? (
          <p className="text-sm text-ink-muted">No listings yet.</p>
        ) : (
          <Card padding="none">
            <ul className="divide-y divide-line">
              {company.listings.map((l) => (
                <li key={l.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm">
                  <span className="flex min-w-0 flex-col">
                    <Link className="link font-medium" href={`/admin/review/${l.id}`}>
                      {l.title}
                    </Link>
                    <span className="text-ink-muted">
                      {l._count.reports} report{l._count.reports === 1 ? "" : "s"} ·{" "}
                      <Link className="link" href={auditTrailPath("Listing", l.id)}>
                        audit trail<span className="sr-only"> of {l.title}</span>
                      </Link>
                    </span>
                  </span>
                  <ListingStatusBadge status={l.status} />
                </li>
              ))}
            </ul>
          </Card>
        )}
      </section>
    </div>
  );
}
