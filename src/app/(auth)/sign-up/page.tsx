import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, PageHeader } from "@/components/ui";
import { homeForRole, safeCallbackPath } from "@/lib/safe-redirect";
import { getActor } from "@/server/auth/session";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: PageProps<"/sign-up">) {
  const { role, callbackUrl } = await searchParams;
  const actor = await getActor();
  if (actor) redirect(homeForRole(actor.role));
  const target = safeCallbackPath(callbackUrl, "");
  return (
    <div className="mx-auto flex max-w-lg flex-col gap-6">
      <PageHeader title="Create your Backplane account" description="Free for candidates. Employers post roles with real pay." />
      <Card>
        <SignUpForm initialRole={role === "employer" ? "EMPLOYER" : "CANDIDATE"} callbackUrl={target || undefined} />
      </Card>
    </div>
  );
}
