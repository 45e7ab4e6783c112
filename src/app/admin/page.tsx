import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { ActivityChart } from "@/components/admin/activity-chart";
import { Card, PageHeader } from "@/components/ui";
import { formatDuration } from "@/lib/format-duration";
import { plural } from "@/lib/format";
import { pageActor } from "@/server/auth/page-actor";
import { loadDashboard } from "@/server/moderation/dashboard";

export const metadata: Metadata = { title: "Moderation" };

function Figure({ label, value, detail, href }: { label: string; value: ReactNode; detail?: ReactNode; href?: string }) {
  return (
    <Card padding="sm" className="flex flex-col gap-1">
      <dt className="text-sm text-ink-muted">{label}</dt>
      <dd className="text-2xl font-semibold text-ink tabular-nums">
        {href ? (
          <Link className="link" href={href}>
            {value}
          </Link>
        ) : (
          value
        )}
      </dd>
      {detail ? <dd className="text-sm text-ink-muted">{detail}</dd> : null}
    </Card>
  );
}

// The moderator's overview: what waits, how fast decisions come, what is open, and the board's weekly churn.
export default async function AdminDashboardPage() {
  const actor = await pageActor("ADMIN", "/admin");
  if (!actor) return null;
  const now = new Date();
  const d = await loadDashboard(actor, now);
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title="Moderation" description="What is waiting, how quickly it is decided, and what changed on the board." />
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Figure
          label="Waiting for review"
          value={d.pending}
          href="/admin/review"
          detail={
            d.oldestPendingAt
              ? `Oldest waiting ${formatDuration(now.getTime() - d.oldestPendingAt.getTime())}`
              : "Nothing waiting"
          }
        />
        <Figure
          label="Median time to decision, 7 days"
          value={d.medianDecision7d === null ? "—" : formatDuration(d.medianDecision7d)}
          detail={`${plural(d.decided7d, "decision")} in the last 7 days`}
        />
        <Figure
          label="Median time to decision, 30 days"
          value={d.medianDecision30d === null ? "—" : formatDuration(d.medianDecision30d)}
          detail={`${plural(d.decided30d, "decision")} in the last 30 days`}
        />
        <Figure label="Open reports" value={d.openReports} href="/admin/reports" />
        <Figure
          label="Suspended accounts"
          value={d.suspendedUsers}
          href="/admin/users?status=SUSPENDED"
          detail={
            <Link className="link" href="/admin/companies?status=SUSPENDED">
              {plural(d.suspendedCompanies, "suspended company", "suspended companies")}
            </Link>
          }
        />
      </dl>
      <Card>
        <ActivityChart id="weekly-activity" weeks={d.weeks} />
      </Card>
    </div>
  );
}
