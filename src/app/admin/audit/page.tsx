import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses, Card, EmptyState, FormMessage, PageHeader, SelectField, TextField } from "@/components/ui";
import { AUDIT_TARGET_TYPES, auditQueryString, parseAuditFilters } from "@/lib/audit-filters";
import { pageActor } from "@/server/auth/page-actor";
import { listAuditActions, listAuditEntries } from "@/server/audit/query";

export const metadata: Metadata = { title: "Audit log" };

const TARGET_PAGES: Record<string, (id: string) => string> = {
  Listing: (id) => `/admin/review/${id}`,
  Company: (id) => `/admin/companies/${id}`,
  User: (id) => `/admin/users/${id}`,
};

function timestamp(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

// Who did what to which record, newest first. The filters are a plain GET form, so every view has a URL
// (shareable, and the CSV export takes the same query).
export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  const actor = await pageActor("ADMIN", "/admin/audit");
  if (!actor) return null;
  const { filters, values, errors } = parseAuditFilters(await searchParams);
  const [{ rows, nextBefore }, actions] = await Promise.all([listAuditEntries(actor, filters), listAuditActions(actor)]);
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const prefixes = [...new Set(actions.map((a) => a.split(".")[0]!))];
  const actionOptions = [
    ...prefixes.map((p) => ({ value: p, label: `${p}.* (all)` })),
    ...actions.map((a) => ({ value: a, label: a })),
  ];
  if (values.action && !actionOptions.some((o) => o.value === values.action)) {
    actionOptions.unshift({ value: values.action, label: values.action });
  }

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Audit log"
        description="Every moderation and lifecycle change, newest first. The log cannot be edited."
        actions={
          <a className={buttonClasses({ variant: "secondary" })} href={`/admin/audit/export.csv${auditQueryString(values)}`}>
            Download CSV
          </a>
        }
      />
      <Card>
        <form
          method="get"
          action="/admin/audit"
          className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3"
          aria-label="Filter the audit log"
        >
          <TextField name="actor" label="Actor email" defaultValue={values.actor} error={errorFor("actor")} />
          <SelectField
            name="action"
            label="Action"
            options={actionOptions}
            placeholder="Any action"
            defaultValue={values.action ?? ""}
            error={errorFor("action")}
          />
          <SelectField
            name="targetType"
            label="Target type"
            options={AUDIT_TARGET_TYPES.map((t) => ({ value: t, label: t }))}
            placeholder="Any target"
            defaultValue={values.targetType ?? ""}
            error={errorFor("targetType")}
          />
          <TextField name="targetId" label="Target id" defaultValue={values.targetId} error={errorFor("targetId")} />
          <TextField name="from" type="date" label="From" defaultValue={values.from} error={errorFor("from")} />
          <TextField name="to" type="date" label="To (inclusive)" defaultValue={values.to} error={errorFor("to")} />
          <div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-3">
            <button type="submit" className={buttonClasses({ variant: "primary" })}>
              Filter
            </button>
            <Link className="link text-sm" href="/admin/audit">
              Clear the filters
            </Link>
          </div>
        </form>
      </Card>
      {errors.length > 0 ? (
        <FormMessage tone="error">Some filters were left out: {errors.map((e) => e.message).join(" ")}</FormMessage>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState title="No entries" description="Nothing in the log matches these filters." />
      ) : (
        <Card padding="none" className="overflow-x-auto">
          <table className="w-full min-w-[48rem] text-left text-sm">
            <caption className="sr-only">Audit entries, newest first</caption>
            <thead className="border-b border-line text-ink-muted">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  When
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Actor
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Action
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Target
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Reason and details
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {rows.map((r) => {
                const page = TARGET_PAGES[r.targetType];
                return (
                  <tr key={String(r.id)} className="align-top">
                    <td className="px-4 py-2 whitespace-nowrap text-ink-muted">
                      <time dateTime={r.createdAt.toISOString()}>{timestamp(r.createdAt)}</time>
                    </td>
                    {/* A floor for the breakable columns: without it a phone squeezes an email to a letter a line. */}
                    <td className="min-w-48 px-4 py-2 break-all">{r.actorEmail ?? "—"}</td>
                    <td className="px-4 py-2 font-mono whitespace-nowrap">{r.action}</td>
                    <td className="px-4 py-2">
                      {r.targetType}{" "}
                      {page ? (
                        <Link className="link font-mono break-all" href={page(r.targetId)}>
                          {r.targetId}
                        </Link>
                      ) : (
                        <span className="font-mono break-all">{r.targetId}</span>
                      )}
                    </td>
                    <td className="px-4 py-2 break-words">
                      {r.reason ? <p className="whitespace-pre-line">{r.reason}</p> : null}
                      {r.metadata !== null ? (
                        <p className="font-mono text-xs text-ink-muted">{JSON.stringify(r.metadata)}</p>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Card>
      )}
      <nav aria-label="Pages" className="flex gap-4 text-sm">
        {filters.before ? (
          <Link className="link" href={`/admin/audit${auditQueryString(values)}`}>
            Newest entries
          </Link>
        ) : null}
        {nextBefore ? (
          <Link className="link" href={`/admin/audit${auditQueryString(values, { before: nextBefore })}`}>
            Older entries
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
