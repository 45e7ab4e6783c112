import type { Metadata } from "next";
import Link from "next/link";
import { AccountStatusBadge, PageLinks } from "@/components/admin/account-pages";
import { buttonClasses, Card, EmptyState, PageHeader, SelectField, TextField } from "@/components/ui";
import { formatDate } from "@/lib/format";
import { adminSearchSchema } from "@/lib/schemas/moderation";
import { pageActor } from "@/server/auth/page-actor";
import { ADMIN_PAGE_SIZE, searchUsers } from "@/server/moderation/accounts";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: PageProps<"/admin/users">) {
  const actor = await pageActor("ADMIN", "/admin/users");
  if (!actor) return null;
  const search = adminSearchSchema.parse(await searchParams);
  const { rows, total } = await searchUsers(actor, search);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Users" description="Find an account by email or name; open it to suspend, restore or change its role." />
      <Card>
        <form method="get" action="/admin/users" className="grid gap-4 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end">
          <TextField name="q" label="Email or name" defaultValue={search.q} />
          <SelectField
            name="role"
            label="Role"
            placeholder="Any role"
            defaultValue={search.role ?? ""}
            options={[
              { value: "CANDIDATE", label: "Candidate" },
              { value: "EMPLOYER", label: "Employer" },
              { value: "ADMIN", label: "Admin" },
            ]}
          />
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
        <EmptyState title="No accounts found" description="Try part of the email address, or clear the filters." />
      ) : (
        <Card padding="none">
          {/* One row per account; from sm up its facts line up in columns, so a long list scans down. */}
          <ul className="divide-y divide-line">
            {rows.map((user) => (
              <li
                key={user.id}
                className="flex flex-col gap-1 px-4 py-3 sm:grid sm:grid-cols-[minmax(0,1fr)_6rem_10rem_6rem] sm:items-center sm:gap-4"
              >
                <div className="min-w-0">
                  <Link className="link font-medium break-all" href={`/admin/users/${user.id}`}>
                    {user.email}
                  </Link>
                  <p className="text-sm text-ink-muted">{user.name}</p>
                </div>
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-ink-muted sm:contents">
                  <span className="capitalize">{user.role.toLowerCase()}</span>
                  <span>joined {formatDate(user.createdAt)}</span>
                  <span className="sm:justify-self-end">
                    <AccountStatusBadge status={user.status} />
                  </span>
                </div>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <PageLinks
        path="/admin/users"
        params={{ q: search.q, role: search.role, status: search.status }}
        page={search.page}
        total={total}
        pageSize={ADMIN_PAGE_SIZE}
      />
    </div>
  );
}
