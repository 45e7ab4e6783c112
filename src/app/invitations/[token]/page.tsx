import type { Metadata } from "next";
import { ButtonLink, Card, EmptyState, PageHeader } from "@/components/ui";
import { getActor } from "@/server/auth/session";
import { inspectInvitation } from "@/server/companies/team";
import { AcceptForm } from "./accept-form";
import { InvitationSignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Team invitation", robots: { index: false }, referrer: "no-referrer" };

const refusals = {
  used: "This invitation was already used.",
  expired: "This invitation has expired: invitations work for 7 days.",
  invalid: "This invitation link is not valid. It may be incomplete, or it was replaced by a newer one.",
} as const;

// Opening the link only explains it (mail scanners open links too); joining takes the button.
export default async function InvitationPage({ params }: PageProps<"/invitations/[token]">) {
  const { token } = await params;
  const [state, actor] = await Promise.all([inspectInvitation(token), getActor()]);
  const here = `/invitations/${encodeURIComponent(token)}`;

  if (state.status !== "valid") {
    return (
      <div className="mx-auto flex max-w-md flex-col gap-6">
        <PageHeader title="Team invitation" />
        <EmptyState
          title={refusals[state.status]}
          description={
            state.status === "invalid"
              ? "Ask the company's owner to invite you again."
              : `Ask ${state.companyName}'s owner to invite you again; a new link arrives in a minute.`
          }
        />
      </div>
    );
  }

  const role = state.role === "OWNER" ? "an owner" : "a recruiter";
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <PageHeader title={`Join ${state.companyName}`} description={`You were invited to join as ${role}.`} />
      <Card className="flex flex-col gap-4">
        {!actor ? (
          <>
            <h2 className="text-base font-semibold text-ink">New to Backplane?</h2>
            <InvitationSignUpForm token={token} email={state.email} companyName={state.companyName} />
            <div className="border-t border-line pt-4">
              <p className="text-sm text-ink">
                Already have an employer account for <strong className="break-all">{state.email}</strong>?
              </p>
              <ButtonLink href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`} variant="secondary" className="mt-2">
                Sign in to accept
              </ButtonLink>
            </div>
          </>
        ) : actor.email.toLowerCase() !== state.email ? (
          <p className="text-sm text-ink">
            This invitation was sent to <strong className="break-all">{state.email}</strong>, and you are signed in as{" "}
            <strong className="break-all">{actor.email}</strong>. Sign out, then sign in with that address to accept.
          </p>
        ) : (
          <AcceptForm token={token} companyName={state.companyName} />
        )}
      </Card>
    </div>
  );
}
