import { redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { SignedInBar } from "@/components/layout/signed-in-bar";
import { EmptyState } from "@/components/ui";
import { getActor } from "@/server/auth/session";

// A convenience for people: the data layer and the actions refuse non-admins on their own.
export default async function AdminLayout({ children }: LayoutProps<"/admin">) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?callbackUrl=/admin");
  if (actor.role !== "ADMIN") {
    return <EmptyState title="Moderators only" description="This area is for Backplane's moderators." />;
  }
  return (
    <>
      <SignedInBar actor={actor} />
      <AdminNav />
      {children}
    </>
  );
}
