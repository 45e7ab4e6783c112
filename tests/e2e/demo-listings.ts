import { DEMO_COMPANY_SLUG } from "../../prisma/seed/companies";
import { anchorFor } from "../../prisma/seed/lifecycle";
import { generateListings } from "../../prisma/seed/listings";

// The seed is deterministic, so the demo company's listing in each state is known without a database
// connection.
const demoListings = generateListings(anchorFor(new Date())).filter((l) => l.companySlug === DEMO_COMPANY_SLUG);

export function slugIn(status: string): string {
  const listing = demoListings.find((l) => l.status === status);
  if (!listing) throw new Error(`The demo company has no ${status} listing`);
  return listing.slug;
}
