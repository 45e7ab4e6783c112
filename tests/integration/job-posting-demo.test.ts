import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDate } from "@/lib/format";
import { buildJobPosting } from "@/lib/seo/job-posting";
import { absoluteUrl, listingPath } from "@/lib/site-url";
import { db } from "@/server/db";
import { getRegions, listingDetailSelect } from "@/server/listings/public";
import { liveListingWhere } from "@/server/listings/visibility";
import { resetDatabase } from "../setup/db";
import { googleJobPostingSchema } from "../setup/google-job-posting";
import { seedDemoData } from "../setup/seed-demo";

// Every live demo listing's JobPosting, built exactly as its page builds it, meets Google's required and
// recommended fields for a remote job.
describe("JobPosting markup for the demo data", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedDemoData();
  });

  afterAll(resetDatabase);

  it("is complete and valid for every live listing", async () => {
    const [listings, regions] = await Promise.all([
      db.listing.findMany({ where: liveListingWhere(), select: listingDetailSelect, orderBy: { slug: "asc" } }),
      getRegions(),
    ]);
    expect(listings.length).toBeGreaterThan(100);

    const problems: string[] = [];
    for (const listing of listings) {
      const posting = buildJobPosting(listing, { url: absoluteUrl(listingPath(listing.slug)), regions });
      const checked = googleJobPostingSchema.safeParse(posting);
      if (!checked.success)
        problems.push(`${listing.slug}: ${checked.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
      // The values come from what the page shows: its title, company, first-posted and listed-until dates.
      expect(posting?.title).toBe(listing.title);
      expect(posting?.hiringOrganization.name).toBe(listing.company.name);
      expect(formatDate(new Date(posting!.datePosted))).toBe(formatDate(listing.publishedAt!));
      expect(formatDate(new Date(posting!.validThrough))).toBe(formatDate(listing.expiresAt!));
    }
    expect(problems).toEqual([]);
  });
});
