import type { ListingCloseReason } from "@/generated/prisma/enums";

/** How a closed listing's reason reads to its employer (and, as options, in the close form). */
export const closeReasonLabel: Record<ListingCloseReason, string> = {
  HIRED_THROUGH_BACKPLANE: "Hired through Backplane",
  HIRED_ELSEWHERE: "Hired elsewhere",
  NO_LONGER_HIRING: "No longer hiring",
  REMOVED_BY_MODERATOR: "Removed by a moderator",
};

/** The reasons an employer may give; a moderator's removal is not theirs to choose. */
export const EMPLOYER_CLOSE_REASONS = ["HIRED_THROUGH_BACKPLANE", "HIRED_ELSEWHERE", "NO_LONGER_HIRING"] as const;
