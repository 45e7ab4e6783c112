import type { Metadata } from "next";
import { ProfileForm } from "@/components/candidates/profile-form";
import { Card, PageHeader } from "@/components/ui";
import { pageActor } from "@/server/auth/page-actor";
import { getOwnProfile } from "@/server/candidates/profile";
import { listingFormOptions } from "@/server/listings/form-options";
import { saveProfileAction } from "./actions";

export const metadata: Metadata = { title: "Your profile", robots: { index: false } };

export default async function ProfilePage() {
  const actor = await pageActor("CANDIDATE", "/account/profile");
  if (!actor) return null;
  const [profile, options] = await Promise.all([getOwnProfile(actor), listingFormOptions()]);
  if (!profile) return null;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <PageHeader
        title="Your profile"
        description="Where you live and work decides which roles say “You can take this role”; the rest helps you search and apply."
      />
      <Card>
        <ProfileForm
          action={saveProfileAction}
          profile={profile}
          choices={{ levels: options.levels, skillGroups: options.skillGroups, currencies: options.currencies }}
        />
      </Card>
    </div>
  );
}
