import type { Metadata } from "next";
import { ButtonLink, Card, EmptyState, PageHeader } from "@/components/ui";
import { mailTokenSchema } from "@/lib/schemas/account-mail";
import { pageActor } from "@/server/auth/page-actor";
import { inspectCompanyVerification } from "@/server/companies/verification";
import { ConfirmVerificationForm } from "./confirm-form";

export const metadata: Metadata = { title: "Verify your company", robots: { index: false }, referrer: "no-referrer" };

const refusals = {
  used: "This link was already used.",
  expired: "This link has expired: verification links work for 24 hours.",
  stale: "Your company's website changed since this link was sent.",
  invalid: "This link is not valid for your account.",
} as const;

// Opening the link only explains it: mail scanners open links too, and the mailbox's owner may not be the
// company's (decision 033). Verifying takes the button, signed in as a member of the company.
export default async function VerifyCompanyPage({ params }: PageProps<"/employer/company/verify/[token]">) {
  const { token } = await params;
  const actor = await pageActor("EMPLOYER", `/employer/company/verify/${encodeURIComponent(token)}`);
  if (!actor) return null;
  const parsed = mailTokenSchema.safeParse(token);
  const state = parsed.success ? await inspectCompanyVerification(actor, parsed.data) : ({ status: "invalid" } as const);

  if (state.status !== "valid") {
    return (
      <div className="flex max-w-xl flex-col gap-6">
        <PageHeader title="Verify your company" />
        <EmptyState
          title={refusals[state.status]}
          description={
            state.status === "invalid"
              ? "It may be incomplete, replaced by a newer one, or meant for another company's team. Ask for a new link from your company profile."
              : "Ask for a new link from your company profile; it arrives in a minute."
          }
        />
        <ButtonLink href="/employer/company" variant="secondary" className="self-start">
          Company profile
        </ButtonLink>
      </div>
    );
  }

  return (
    <div className="flex max-w-xl flex-col gap-6">
      <PageHeader title={`Verify ${state.companyName}`} />
      <Card className="flex flex-col gap-4">
        <p className="text-ink">
          This link was sent to <strong className="break-all">{state.email}</strong>. Confirm that {state.companyName} receives
          mail at <strong>{state.domain}</strong>: candidates will see a verified-employer badge beside the company and its
          listings.
        </p>
        <ConfirmVerificationForm token={token} domain={state.domain} />
      </Card>
    </div>
  );
}
