import type { SeedClient } from "./client";
import type { ListingSeed } from "./listings";
import { createRandom } from "./random";

const DAY = 24 * 60 * 60 * 1000;
/** Views are seeded for the last this many days a listing was live, so the 30-day chart has a history. */
const SEEDED_DAYS = 45;

/**
 * Views per day for every listing that was ever published (decision 032): more in its first days, fewer
 * later, none after it closed or expired. Deterministic; rows already there are kept (real beacons may
 * have added to them).
 */
export async function writeViews(client: SeedClient, refs: { listings: ListingSeed[]; listingIds: string[]; anchor: Date }) {
  const rows: { listingId: string; day: Date; views: number }[] = [];
  refs.listings.forEach((listing, index) => {
    if (!listing.publishedAt) return;
    const random = createRandom(0x71e0_0000 + index);
    const end = Math.min(refs.anchor.getTime(), (listing.closedAt ?? listing.expiredAt ?? refs.anchor).getTime());
    const first = Math.max(listing.publishedAt.getTime(), end - (SEEDED_DAYS - 1) * DAY);
    const publishedDay = Math.floor(listing.publishedAt.getTime() / DAY);
    for (let day = Math.floor(first / DAY); day <= Math.floor(end / DAY); day++) {
      const age = day - publishedDay;
      const interest = Math.max(4, Math.round(60 / (1 + age / 4)));
      rows.push({ listingId: refs.listingIds[index]!, day: new Date(day * DAY), views: random.int(interest / 2, interest) });
    }
  });
  for (let i = 0; i < rows.length; i += 2000) {
    await client.listingViewDay.createMany({ data: rows.slice(i, i + 2000), skipDuplicates: true });
  }
  return rows.length;
}
