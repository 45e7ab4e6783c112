import "server-only";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { db } from "@/server/db";
import { moveListing } from "@/server/listings/lifecycle";
import { readSignedLink } from "@/server/mail/signed-links";

// The "still open" link in the expiry reminder (expiry-reminders.ts): it names one listing, the team
// member it was sent to and the expiry date it was sent about. It works without signing in, confirms only
// that listing, only while that member is still on the company's team, and only once per expiry date —
// after a confirmation the listing has a new date and the old link reads "already confirmed".

type Link = { listingId: string; userId: string; expiresAt: Date };

function readLink(token: string): Link | null {
  const values = readSignedLink("listing-confirm", token, 3);
  if (!values) return null;
  const expiresMs = Number(values[2]);
  if (!Number.isSafeInteger(expiresMs)) return null;
  return { listingId: values[0]!, userId: values[1]!, expiresAt: new Date(expiresMs) };
}

export type StillOpenView =
  | { state: "ready" | "already confirmed"; title: string; slug: string; expiresAt: Date }
  | { state: "ended"; title: string; slug: string }
  | { state: "invalid" };

/** What the link would do, for the page that asks "Keep it open?". */
export async function describeStillOpenLink(token: string, now = new Date()): Promise<StillOpenView> {
  const link = readLink(token);
  if (!link) return { state: "invalid" };
  const listing = await db.listing.findFirst({
    where: { id: link.listingId, company: { members: { some: { userId: link.userId } } } },
    select: { title: true, slug: true, status: true, expiresAt: true },
  });
  if (!listing) return { state: "invalid" };
  if (listing.status !== "PUBLISHED" || !listing.expiresAt || listing.expiresAt <= now) {
    return { state: "ended", title: listing.title, slug: listing.slug };
  }
  const state = listing.expiresAt.getTime() === link.expiresAt.getTime() ? "ready" : "already confirmed";
  return { state, title: listing.title, slug: listing.slug, expiresAt: listing.expiresAt };
}

/** Confirms the listing through the lifecycle, acting as the member the link was sent to. */
export async function confirmStillOpen(token: string, now = new Date()) {
  const link = readLink(token);
  if (!link) throw new NotFoundError("This link is not valid.");
  const member = await db.companyMember.findFirst({
    where: { userId: link.userId, company: { listings: { some: { id: link.listingId } } } },
    select: { companyId: true, user: { select: { id: true, email: true } } },
  });
  if (!member) throw new NotFoundError("This link is not valid.");
  try {
    return await moveListing("confirm", {
      listingId: link.listingId,
      actor: member.user,
      // The date the mail was about, still in the future: a used or stale link matches nothing.
      scope: { companyId: member.companyId, expiresAt: { equals: link.expiresAt, gt: now } },
      metadata: { via: "still-open link" },
    });
  } catch (error) {
    if (error instanceof NotFoundError) {
      const view = await describeStillOpenLink(token, now);
      if (view.state === "already confirmed") throw new ConflictError("This role was already confirmed: it stays open.");
      if (view.state === "ended") throw new ConflictError("This role is no longer on the board, so it cannot be kept open.");
    }
    throw error;
  }
}
