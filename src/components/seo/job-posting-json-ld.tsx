import { JsonLd } from "@/components/seo/json-ld";
import { buildJobPosting, type JobPostingSource, type RegionCountries } from "@/lib/seo/job-posting";
import { absoluteUrl, listingPath } from "@/lib/site-url";

/** The listing's JobPosting markup; only live listing pages render it (closed ones answer 410 without it). */
export function JobPostingJsonLd({
  listing,
  regions,
}: {
  listing: JobPostingSource & { slug: string };
  regions: RegionCountries;
}) {
  const posting = buildJobPosting(listing, { url: absoluteUrl(listingPath(listing.slug)), regions });
  return posting ? <JsonLd data={posting} /> : null;
}
