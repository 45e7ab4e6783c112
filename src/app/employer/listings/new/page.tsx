import type { Metadata } from "next";
import Link from "next/link";
import { UnverifiedNotice } from "@/components/account/unverified-notice";
import { ListingForm } from "@/components/listings/listing-form";
import { PageHeader } from "@/components/ui";
import { listingFormOptions } from "@/server/listings/form-options";
import { isEmailVerified } from "@/server/accounts/verification";
import { pageActor } from "@/server/auth/page-actor";
import { submitListing } from "./actions";

export const metadata: Metadata = { title: "Post a role" };

const currencyNames = new Intl.DisplayNames(["en"], { type: "currency" });

export default async function NewListingPage() {
  const actor = await pageActor("EMPLOYER", "/employer/listings/new");
  if (!actor) return null;
  const [{ levels, regions, skillGroups, currencies, today }, verified] = await Promise.all([
    listingFormOptions(),
    isEmailVerified(actor.id),
  ]);
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link className="link" href="/employer/listings">
          Your listings
        </Link>
      </nav>
      <PageHeader
        title="Post a role"
        description="Structured pay and eligibility let candidates see at a glance whether the role is for them."
      />
      {verified ? null : <UnverifiedNotice what="post a role" />}
      <ListingForm
        action={submitListing}
        saveLabel="Save as draft"
        note="A draft is only visible to your team; you can come back to it, preview it and submit it later."
        levels={levels}
        regions={regions}
        skillGroups={skillGroups}
        today={today}
        currencies={currencies.map((code) => ({ code, label: `${code} — ${currencyNames.of(code) ?? code}` }))}
      />
    </div>
  );
}
