import { Badge } from "@/components/ui";
import { candidateListingState, candidateListingStateLabel } from "@/lib/listing-lifecycle";

/** "Open", "Closed" or "Expired" for a listing the candidate applied to or saved. */
export function ListingStateBadge({ listing }: { listing: { status: string; expiresAt: Date | null } }) {
  const state = candidateListingState(listing);
  return <Badge tone={state === "open" ? "success" : "neutral"}>{candidateListingStateLabel[state]}</Badge>;
}
