import type { Metadata } from "next";
import { MailRequestForm } from "@/components/account/mail-request-form";
import { ButtonLink, Card, FormMessage, PageHeader } from "@/components/ui";
import { homeForRole } from "@/lib/safe-redirect";
import { isEmailVerified } from "@/server/accounts/verification";
import { getActor } from "@/server/auth/session";
import { resendOwnVerification, resendVerification } from "../actions";

export const metadata: Metadata = { title: "Confirm your email address", robots: { index: false } };

const outcomes = {
  verified: { tone: "success", text: "Your address is confirmed. Welcome to Backplane." },
  "already verified": { tone: "success", text: "This address was already confirmed. You are all set." },
  expired: { tone: "error", text: "This link has expired: confirmation links work for 24 hours. Ask for a new one below." },
  invalid: { tone: "error", text: "This link is not valid. It may be incomplete; ask for a new one below." },
} as const;

export default async function VerifyEmailPage({ searchParams }: PageProps<"/verify-email">) {
  const { result } = await searchParams;
  const outcome =
    typeof result === "string" && Object.hasOwn(outcomes, result) ? outcomes[result as keyof typeof outcomes] : null;
  const actor = await getActor();
  const confirmed = outcome?.tone === "success" || (actor ? await isEmailVerified(actor.id) : false);

  return (
    <div className="mx-auto flex max-w-lg flex-col gap-6">
      <PageHeader title="Confirm your email address" />
      {outcome ? <FormMessage tone={outcome.tone}>{outcome.text}</FormMessage> : null}
      <Card>
        {confirmed ? (
          <div className="space-y-4">
            <p className="text-ink">You can apply to roles and post them now.</p>
            {actor?.role === "CANDIDATE" ? (
              <>
                <p className="text-ink">
                  Next, tell us where you live and work: every listing then says whether you can take it.
                </p>
                <ButtonLink href="/account/profile">Set up your profile</ButtonLink>
              </>
            ) : actor ? (
              <ButtonLink href={homeForRole(actor.role)}>Continue</ButtonLink>
            ) : (
              <ButtonLink href="/sign-in">Sign in</ButtonLink>
            )}
          </div>
        ) : actor ? (
          <div className="space-y-4">
            <p className="text-ink">
              We sent a link to <strong>{actor.email}</strong>. Open it to confirm the address; until then you can browse, but not
              apply or post. Nothing arrived? Check your spam folder, or get a new link.
            </p>
            <MailRequestForm action={resendOwnVerification} submitLabel="Send me a new link" pendingLabel="Sending…" />
          </div>
        ) : (
          <div className="space-y-4">
            <p className="text-ink">Enter the address you signed up with and we will send a new confirmation link.</p>
            <MailRequestForm action={resendVerification} askForEmail submitLabel="Send me a new link" pendingLabel="Sending…" />
          </div>
        )}
      </Card>
    </div>
  );
}
