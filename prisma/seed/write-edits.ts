import { diffListing } from "@/lib/listing-diff";
import { formValuesFrom, listingFormSelect, listingFormValues } from "@/lib/listing-form-values";
import { DEMO_COMPANY_SLUG } from "./companies";
import type { SeedClient } from "./client";
import type { ListingSeed } from "./listings";

type Refs = { listings: ListingSeed[]; listingIds: string[]; anchor: Date };

/**
 * One of the demo company's published listings has an edit of its pay waiting for review
 * (docs/decisions/023-editing-published-listings.md), so the employer's banner and the moderators' edit
 * queue show in the demo. Written only when it differs, with the seeded updatedAt kept, so a rerun
 * changes nothing.
 */
export async function writePendingEdit(client: SeedClient, { listings, listingIds, anchor }: Refs): Promise<void> {
  // The last one: the applications and reports name the first few.
  const index = listings.findLastIndex((l) => l.companySlug === DEMO_COMPANY_SLUG && l.status === "PUBLISHED");
  if (index < 0) throw new Error("The demo company has no published listing");
  const seeded = listings[index]!;
  const id = listingIds[index]!;
  const row = await client.listing.findUniqueOrThrow({
    where: { id },
    select: { ...listingFormSelect, pendingEdit: true, pendingEditAt: true },
  });
  const live = listingFormValues(row);
  // A raise of the top of the range: a material change, so it waits for a moderator.
  // Yearly figures in round thousands; hourly or daily ones (a few hundred) must not round to zero.
  const raised = row.salaryPeriod === "YEAR" ? Math.round((row.salaryMax * 1.1) / 1000) * 1000 : Math.round(row.salaryMax * 1.1);
  const edit = { ...live, salaryMax: String(raised) };
  const sentAt = new Date(seeded.confirmedAt!.getTime() + Math.floor((anchor.getTime() - seeded.confirmedAt!.getTime()) / 2));

  const stored = formValuesFrom(row.pendingEdit);
  if (stored && diffListing(stored, edit).length === 0 && row.pendingEditAt?.getTime() === sentAt.getTime()) return;
  await client.listing.update({
    where: { id },
    data: { pendingEdit: edit, pendingEditAt: sentAt, editRejectionReason: null, updatedAt: seeded.updatedAt },
  });
}
