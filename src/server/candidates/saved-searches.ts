import "server-only";
import { randomBytes } from "node:crypto";
import type { AlertFrequency } from "@/generated/prisma/enums";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseSearchParams, queryToSearchParams, type SearchQuery } from "@/lib/schemas/search";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";

// A candidate's saved searches. Every read and write names the candidate in its `where`, so another
// candidate's search is "not found" and unchanged.

export const MAX_SAVED_SEARCHES = 20;

function assertCandidate(actor: Actor) {
  if (actor.role !== "CANDIDATE") throw new ForbiddenError("Only candidate accounts can save searches.");
}

/** The stored form: canonical parameters (no sort, cursor or page size), so equal searches are equal text. */
export function canonicalSearch(text: string): { query: SearchQuery; params: string } {
  const parsed = parseSearchParams(new URLSearchParams(text));
  if (!parsed.ok) {
    const message = `This search cannot be saved: ${parsed.errors[0]!.message}`;
    throw new ValidationError(message, { query: [message] });
  }
  const params = queryToSearchParams({ ...parsed.query, sort: undefined }).toString();
  return { query: parsed.query, params };
}

/** A stored query back into a search (a stored value that no longer parses matches nothing). */
export function storedSearch(stored: unknown): { query: SearchQuery; params: string } | null {
  if (typeof stored !== "string") return null;
  const parsed = parseSearchParams(new URLSearchParams(stored));
  return parsed.ok ? { query: parsed.query, params: stored } : null;
}

export async function createSavedSearch(actor: Actor, input: { query: string; name: string; frequency: AlertFrequency }) {
  assertCandidate(actor);
  const { params } = canonicalSearch(input.query);
  if ((await db.savedSearch.count({ where: { userId: actor.id } })) >= MAX_SAVED_SEARCHES) {
    throw new ConflictError(`You can keep up to ${MAX_SAVED_SEARCHES} saved searches; delete one first.`);
  }
  return db.savedSearch.create({
    data: {
      userId: actor.id,
      name: input.name,
      query: params,
      alertFrequency: input.frequency,
      feedToken: randomBytes(24).toString("base64url"),
      // Alerts cover listings published from now on, not the ones the candidate has just looked at.
      lastAlertedAt: new Date(),
    },
    select: { id: true },
  });
}

export async function updateSavedSearch(actor: Actor, input: { savedSearchId: string; name: string; frequency: AlertFrequency }) {
  assertCandidate(actor);
  const { count } = await db.savedSearch.updateMany({
    where: { id: input.savedSearchId, userId: actor.id },
    data: { name: input.name, alertFrequency: input.frequency },
  });
  if (count === 0) throw new NotFoundError("Saved search not found.");
}

export async function deleteSavedSearch(actor: Actor, savedSearchId: string) {
  assertCandidate(actor);
  const { count } = await db.savedSearch.deleteMany({ where: { id: savedSearchId, userId: actor.id } });
  if (count === 0) throw new NotFoundError("Saved search not found.");
}

export async function listSavedSearches(actor: Actor) {
  assertCandidate(actor);
  const rows = await db.savedSearch.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, query: true, alertFrequency: true, lastAlertedAt: true, createdAt: true },
  });
  return rows.map((row) => ({ ...row, params: typeof row.query === "string" ? row.query : "" }));
}
