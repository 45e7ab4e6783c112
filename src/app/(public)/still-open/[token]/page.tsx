import type { Metadata } from "next";
import Link from "next/link";
import { TokenActionForm } from "@/components/account/token-action-form";
import { InvalidLink } from "@/components/account/invalid-link";
import { Card, PageHeader } from "@/components/ui";
import { formatDate } from "@/lib/format";
import { listingPath } from "@/lib/site-url";
import { describeStillOpenLink } from "@/server/listings/still-open";
import { confirmStillOpenAction } from "./actions";

export const metadata: Metadata = { title: "Keep the role open", robots: { index: false }, referrer: "no-referrer" };

// From the expiry reminder: one button keeps the listing up for another 30 days, signed in or not.
export default async function StillOpenPage({ params }: PageProps<"/still-open/[token]">) {
  const { token } = await params;
  const view = await describeStillOpenLink(token);
  if (view.state === "invalid") {
    return (
      <InvalidLink
        title="This link is not valid"
        hint="It may be incomplete. Signed in, you can manage your roles from your listings."
        href="/employer/listings"
        label="Your listings"
      />
    );
  }
  return (
    <div className="mx-auto flex max-w-lg flex-col gap-6">
      <PageHeader title="Is the role still open?" />
      <Card>
        <div className="space-y-4">
          <p className="text-ink">
            <Link className="link" href={listingPath(view.slug)}>
              {view.title}
            </Link>
            {view.state === "ready" ? ` leaves the board on ${formatDate(view.expiresAt)}.` : null}
            {view.state === "already confirmed" ? ` was confirmed: it stays up until ${formatDate(view.expiresAt)}.` : null}
            {view.state === "ended" ? " is no longer on the board, so it cannot be kept open." : null}
          </p>
          {view.state === "ready" ? (
            <TokenActionForm
              action={confirmStillOpenAction}
              token={token}
              label="Yes, keep it open for 30 more days"
              pendingLabel="Confirming…"
            />
          ) : null}
        </div>
      </Card>
    </div>
  );
}
