import { AccountNav } from "@/components/candidates/account-nav";
import { SignedInBar } from "@/components/layout/signed-in-bar";
import { EmptyState } from "@/components/ui";
import { getActor } from "@/server/auth/session";

// A convenience for people: every read and action below checks the candidate again.
export default async function AccountLayout({ children }: LayoutProps<"/account">) {
  const actor = await getActor();
  // Signed out: each page sends the visitor to sign in and back to its own address (pageActor), query
  // included ("Save this search" carries the search), which a layout does not know.
  if (!actor) return children;
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
