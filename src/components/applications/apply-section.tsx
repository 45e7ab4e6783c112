import Link from "next/link";
import { ButtonLink, Card, FormMessage } from "@/components/ui";
import { formatDate } from "@/lib/format";
import { UnverifiedNotice } from "@/components/account/unverified-notice";
import { isEmailVerified } from "@/server/accounts/verification";
import { findOwnApplication } from "@/server/applications/candidate";
import { getActor } from "@/server/auth/session";
import { ApplyForm } from "./apply-form";

/** The apply box on a listing page: what it shows depends on who is looking. */
export async function ApplySection({ listingId, slug }: { listingId: string; slug: string }) {
  const actor = await getActor();
  let body: React.ReactNode;
  if (!actor) {
    const back = encodeURIComponent(`/jobs/${slug}`);
    body = (
      <div className="flex flex-wrap items-center gap-3">
        <ButtonLink href={`/sign-in?callbackUrl=${back}`}>Sign in to apply</ButtonLink>
        <Link className="link text-sm" href={`/sign-up?callbackUrl=${back}`}>
          or create a candidate account
        </Link>
      </div>
    );
  } else if (actor.role !== "CANDIDATE") {
    body = <p className="text-sm text-ink-muted">Applications are sent from candidate accounts.</p>;
  } else {
    const [existing, verified] = await Promise.all([findOwnApplication(actor, listingId), isEmailVerified(actor.id)]);
    // After a successful apply the page re-renders into this branch, so it doubles as the confirmation.
    body = existing ? (
      <FormMessage tone="success">
        You applied on {formatDate(existing.createdAt)}.{" "}
        <Link className="link" href={`/account/applications/${existing.id}`}>
          See its status
        </Link>
      </FormMessage>
    ) : verified ? (
      <ApplyForm listingId={listingId} />
    ) : (
      <UnverifiedNotice what="apply" />
    );
  }
  return (
    <Card>
      <section aria-labelledby="apply-heading" className="space-y-3">
        <h2 id="apply-heading" className="text-lg font-semibold text-ink">
          Apply
        </h2>
        {body}
      </section>
    </Card>
  );
}
