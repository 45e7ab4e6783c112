import type { Metadata } from "next";
import { ButtonLink, Card, FormMessage, PageHeader } from "@/components/ui";
import { getActor } from "@/server/auth/session";

export const metadata: Metadata = { title: "Your new email address", robots: { index: false } };

// Where the link of an "email-change" mail lands (src/app/settings/account/confirm/[token]/route.ts).
const outcomes = {
  changed: {
    tone: "success",
    text: "Your account now uses this address. Sign in with it from now on; other browsers were signed out.",
  },
  used: {
    tone: "error",
    text: "This link was already used. If your address has not changed, ask for a new link in your settings.",
  },
  expired: {
    tone: "error",
    text: "This link has expired: links to a new address work for 24 hours. Ask for a new one in your settings.",
  },
  invalid: { tone: "error", text: "This link is not valid. It may be incomplete; ask for a new one in your settings." },
  unavailable: { tone: "error", text: "This address cannot be used for your account. Your account keeps its current address." },
} as const;

export default async function EmailChangedPage({ searchParams }: PageProps<"/email-changed">) {
  const { result } = await searchParams;
  const outcome =
    typeof result === "string" && Object.hasOwn(outcomes, result) ? outcomes[result as keyof typeof outcomes] : outcomes.invalid;
  const actor = await getActor();
  return (
    <div className="mx-auto flex max-w-lg flex-col gap-6">
      <PageHeader title="Your email address" />
      <FormMessage tone={outcome.tone}>{outcome.text}</FormMessage>
      <Card>
        {actor ? (
          <ButtonLink href="/settings/account">Account settings</ButtonLink>
        ) : (
          <ButtonLink href="/sign-in?callbackUrl=%2Fsettings%2Faccount">Sign in</ButtonLink>
        )}
      </Card>
    </div>
  );
}
