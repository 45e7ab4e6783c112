import type { Metadata } from "next";
import { ButtonLink, Card, PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Account deleted", robots: { index: false } };

// Where deleting an account ends (src/server/your-data/actions.ts); the visitor is signed out by then.
export default function AccountDeletedPage() {
  return (
    <div className="mx-auto flex max-w-lg flex-col gap-6">
      <PageHeader title="Your account is deleted" />
      <Card className="space-y-4">
        <p className="text-ink">
          Your profile, CVs, saved roles and searches, alerts and sign-in history are gone. Companies you applied to still see
          that an application was made, from “Deleted candidate”, with nothing about you.
        </p>
        <ButtonLink href="/jobs">Browse roles</ButtonLink>
      </Card>
    </div>
  );
}
