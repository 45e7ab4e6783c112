import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccountStatusBadge } from "@/components/admin/account-pages";
import { ReasonForm } from "@/components/admin/reason-form";
import { RoleForm } from "@/components/admin/role-form";
import { Card, PageHeader } from "@/components/ui";
import { auditTrailPath } from "@/lib/audit-filters";
import { formatDate } from "@/lib/format";
import { idSchema } from "@/lib/schemas/ids";
import { pageActor } from "@/server/auth/page-actor";
import { findUserForAdmin } from "@/server/moderation/accounts";
import { restoreUserAction, suspendUserAction } from "../actions";

export const metadata: Metadata = { title: "User" };

export default async function AdminUserPage({ params }: PageProps<"/admin/users/[id]">) {
  const { id } = await params;
  const actor = await pageActor("ADMIN", `/admin/users/${id}`);
  if (!actor) return null;
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) notFound();
  const user = (await findUserForAdmin(actor, parsed.data)) ?? notFound();
  const self = user.id === actor.id;
  return (
    <div className="flex flex-col gap-6">
      <Link className="link text-sm" href="/admin/users">
        All users
      </Link>
      <PageHeader title={user.email} description={`${user.name} · ${user.role.toLowerCase()}`} />
      <Card>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-ink-muted">Status</dt>
          <dd>
            <AccountStatusBadge status={user.status} />
            {user.suspendedAt ? <span className="ml-2 text-ink-muted">since {formatDate(user.suspendedAt)}</span> : null}
          </dd>
          {user.status === "SUSPENDED" && user.suspensionReason ? (
            <>
              <dt className="text-ink-muted">Reason</dt>
              <dd className="whitespace-pre-line">{user.suspensionReason}</dd>
            </>
          ) : null}
          <dt className="text-ink-muted">Joined</dt>
          <dd>{formatDate(user.createdAt)}</dd>
          <dt className="text-ink-muted">Email confirmed</dt>
          <dd>{user.emailVerifiedAt ? formatDate(user.emailVerifiedAt) : "Not yet"}</dd>
          <dt className="text-ink-muted">Companies</dt>
          <dd>
            {user.memberships.length === 0
              ? "None"
              : user.memberships.map((m) => (
                  <Link key={m.company.id} className="link mr-3" href={`/admin/companies/${m.company.id}`}>
                    {m.company.name} ({m.role.toLowerCase()})
                  </Link>
                ))}
          </dd>
          <dt className="text-ink-muted">Activity</dt>
          <dd>
            {user._count.applications} application{user._count.applications === 1 ? "" : "s"}, {user._count.reportsFiled} report
            {user._count.reportsFiled === 1 ? "" : "s"} filed
          </dd>
        </dl>
        <p className="mt-4 text-sm">
          <Link className="link" href={auditTrailPath("User", user.id)}>
            Audit trail of this account
          </Link>
        </p>
      </Card>
      {self ? (
        <p className="text-sm text-ink-muted">This is your own account: another admin changes its role or suspends it.</p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card>
            {user.status === "ACTIVE" ? (
              <ReasonForm
                action={suspendUserAction}
                hidden={{ userId: user.id }}
                label="Reason for suspending"
                hint="They see it when they try to sign in. Every session of theirs ends at once."
                submit="Suspend account"
                pending="Suspending…"
                danger
              />
            ) : (
              <ReasonForm
                action={restoreUserAction}
                hidden={{ userId: user.id }}
                label="Why restore it"
                hint="Kept in the audit log."
                submit="Restore account"
                pending="Restoring…"
              />
            )}
          </Card>
          <Card>
            <RoleForm userId={user.id} role={user.role} />
          </Card>
        </div>
      )}
    </div>
  );
}
