import { redirect } from "next/navigation";
import { AccountNav } from "@/components/candidates/account-nav";
import { SignedInBar } from "@/components/layout/signed-in-bar";
import { EmptyState } from "@/components/ui";
import { getActor } from "@/server/auth/session";

// A convenience for people: every read and action below checks the candidate again.
export default async function AccountLayout({ children }: LayoutProps<"/account">) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?callbackUrl=/account");
  if (actor.role !== "CANDIDATE") {
    return <EmptyState title="Candidate accounts only" description="This area holds a candidate's profile and applications." />;
  }
  return (
    <>
      <SignedInBar actor={actor} />
      <AccountNav />
      {children}
    </>
  );
}
