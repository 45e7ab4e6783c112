import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, FormMessage, PageHeader } from "@/components/ui";
import { homeForRole, safeCallbackPath } from "@/lib/safe-redirect";
import { getActor } from "@/server/auth/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { callbackUrl, reset } = await searchParams;
  const target = safeCallbackPath(callbackUrl, "");
  const actor = await getActor();
  if (actor) redirect(target || homeForRole(actor.role));
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <PageHeader title="Sign in" description="Candidates, employers and moderators all sign in here." />
      {reset === "done" ? (
        <FormMessage tone="success">
          Your password is changed and every other session is signed out. Sign in with the new password.
        </FormMessage>
      ) : null}
      <Card>
        <SignInForm callbackUrl={target || undefined} />
      </Card>
    </div>
  );
}
