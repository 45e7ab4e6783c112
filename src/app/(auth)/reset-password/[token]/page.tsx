import type { Metadata } from "next";
import { ButtonLink, Card, EmptyState, PageHeader } from "@/components/ui";
import { mailTokenSchema } from "@/lib/schemas/account-mail";
import { inspectEmailToken } from "@/server/accounts/email-tokens";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false }, referrer: "no-referrer" };

const refusals = {
  expired: "This link has expired: reset links work for 30 minutes.",
  used: "This link was already used.",
  invalid: "This link is not valid. It may be incomplete.",
} as const;

// Opening the link only shows the form (mail scanners open links too); the form's submission uses it.
export default async function ResetPasswordPage({ params }: PageProps<"/reset-password/[token]">) {
  const { token } = await params;
  const parsed = mailTokenSchema.safeParse(token);
  const state = parsed.success ? await inspectEmailToken(parsed.data, "RESET_PASSWORD") : { status: "invalid" as const };
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <PageHeader title="Choose a new password" />
      {state.status === "valid" ? (
        <Card>
          <p className="mb-4 text-sm text-ink-muted">Every other browser signed in to your account will be signed out.</p>
          <ResetPasswordForm token={token} />
        </Card>
      ) : (
        <EmptyState
          title={refusals[state.status]}
          description="Ask for a new link; it arrives in a minute."
          action={<ButtonLink href="/forgot-password">Send me a new link</ButtonLink>}
        />
      )}
    </div>
  );
}
