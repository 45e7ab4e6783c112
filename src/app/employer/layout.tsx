import { redirect } from "next/navigation";
import { EmployerNav } from "@/components/layout/employer-nav";
import { SuspensionBanner } from "@/components/account/suspension-banner";
import { SignedInBar } from "@/components/layout/signed-in-bar";
import { EmptyState } from "@/components/ui";
import { getActor } from "@/server/auth/session";
import { ownCompanySuspension } from "@/server/moderation/suspension-notice";
import { employerCompanies } from "@/server/companies/active-company";

// A convenience for people: every read and the submit action check the employer and company again.
export default async function EmployerLayout({ children }: LayoutProps<"/employer">) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?callbackUrl=/employer");
  if (actor.role !== "EMPLOYER") {
    return <EmptyState title="Employer accounts only" description="This area is where companies post and manage their roles." />;
  }
  if (!actor.companyId) {
    return (
      <EmptyState
        title="You are not part of a company yet"
        description="Listings belong to a company. Ask your company's owner to invite you, then open the link in their invitation."
      />
    );
  }
  const suspension = await ownCompanySuspension(actor);
  return (
    <>
      <SignedInBar actor={actor} />
      <EmployerNav companies={await employerCompanies(actor)} />
      {suspension ? <SuspensionBanner notice={suspension} /> : null}
      {children}
    </>
  );
}
