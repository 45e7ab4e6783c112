import "server-only";
import { db } from "@/server/db";
import { refreshSearchTermsWith } from "./terms-sql";

/**
 * Rewrites the "Did you mean" vocabulary from the live listings (docs/decisions/013-did-you-mean.md).
 * Mutations do not call this: the lifecycle enqueues the refresh-search-terms job (src/server/jobs).
 * Suggestions are cached under LISTINGS_TAG, which the change that enqueued this already expired, and
 * they are checked against live results before they are shown, so no tag is expired here.
 */
export async function refreshSearchTerms(now: Date = new Date()): Promise<{ terms: number }> {
  return refreshSearchTermsWith(db, now);
}
