import { idOf, inChunks, type IdMap, type SeedClient } from "./client";
import type { ListingSeed } from "./listings";
import { syncRows } from "./sync";
import type { Vocabulary } from "./write-vocabulary";

type Refs = { vocabulary: Vocabulary; companies: IdMap; users: IdMap };

/** Properties of a generated listing that are not columns of Listing. */
const NOT_COLUMNS = ["companySlug", "levelSlug", "skillSlugs", "byDemoEmployer", "reviewed"] as const;
type Columns = Omit<ListingSeed, (typeof NOT_COLUMNS)[number]>;

function toRow(listing: ListingSeed, refs: Refs) {
  const columns = Object.fromEntries(
    Object.entries(listing).filter(([key]) => !(NOT_COLUMNS as readonly string[]).includes(key)),
  ) as Columns;
  return {
    ...columns,
    companyId: idOf(refs.companies, listing.companySlug, "company"),
    levelId: idOf(refs.vocabulary.levels, listing.levelSlug, "level"),
    createdById: listing.byDemoEmployer ? idOf(refs.users, "employer", "user") : null,
    salaryProvidedById: listing.byDemoEmployer ? idOf(refs.users, "employer", "user") : null,
    reviewedById: listing.reviewed ? idOf(refs.users, "admin", "user") : null,
  };
}

/**
 * Listings by slug, 50 to a transaction; then their skill tags (only ever added). A rerun restores
 * each seeded listing's columns, writing only the rows that differ. Returns listing ids in seed order.
 */
export async function writeListings(client: SeedClient, listings: ListingSeed[], refs: Refs): Promise<string[]> {
  const ids: string[] = [];
  await inChunks(client, listings, 50, async (tx, chunk) => {
    const slugs = chunk.map((l) => l.slug);
    const bySlug = await syncRows({
      rows: chunk.map((l) => toRow(l, refs)),
      key: (r) => r.slug,
      stored: await tx.listing.findMany({ where: { slug: { in: slugs } } }),
      insert: (data) => tx.listing.createMany({ data, skipDuplicates: true }),
      update: (row, data) => tx.listing.update({ where: { slug: row.slug }, data }),
      insertOnly: ["id"],
    });
    const chunkIds = slugs.map((slug) => idOf(bySlug, slug, "listing"));
    await tx.listingSkill.createMany({
      data: chunk.flatMap((listing, i) =>
        listing.skillSlugs.map((slug) => ({ listingId: chunkIds[i]!, skillId: idOf(refs.vocabulary.skills, slug, "skill") })),
      ),
      skipDuplicates: true,
    });
    ids.push(...chunkIds);
  });
  return ids;
}
