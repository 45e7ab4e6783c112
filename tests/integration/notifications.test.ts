import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it } from "vitest";
import { POST, GET } from "@/app/api/unsubscribe/[token]/route";
import { executeAction } from "@/server/action";
import { applyDefinition } from "@/server/applications/actions";
import { db } from "@/server/db";
import { savePreferencesDefinition, unsubscribeDefinition } from "@/server/mail/actions";
import { deliverDueMail } from "@/server/mail/deliver";
import { sendDailyDigests } from "@/server/mail/digests";
import { unsubscribePath } from "@/server/mail/render";
import { resetDatabase } from "../setup/db";
import { createCandidate, createEmployer, createListing } from "../setup/factories";
import { mailSink, outboxOf } from "../setup/mail";

// Each user chooses per kind (immediate, daily, off); one-click unsubscribe works signed out, is
// recorded, and stops that kind only. Security mail cannot be turned off.

beforeEach(async () => {
  await resetDatabase();
  mailSink().clear();
});

async function apply(listingId: string) {
  const candidate = await createCandidate();
  const outcome = await executeAction(applyDefinition, candidate.actor, {
    listingId,
    coverNote: "Twelve years of distributed systems, the last five as the architect of a ledger.",
  });
  expect(outcome.ok).toBe(true);
  return candidate;
}

const routeContext = (token: string) => ({ params: Promise.resolve({ token }) });

describe("preferences", () => {
  it("daily: new applications wait for the digest, which gathers them into one message", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    expect((await executeAction(savePreferencesDefinition, employer.actor, { "new-application": "DAILY" })).ok).toBe(true);

    await apply(listing.id);
    await apply(listing.id);
    expect(await outboxOf("new-application")).toHaveLength(0);
    expect(await db.emailDigestItem.count({ where: { userId: employer.user.id, digestedAt: null } })).toBe(2);

    expect(await sendDailyDigests()).toEqual({ digests: 1 });
    expect(await sendDailyDigests()).toEqual({ digests: 0 });
    await deliverDueMail();
    const mails = mailSink().to(employer.user.email);
    expect(mails.map((m) => m.subject)).toEqual(["2 new applications today"]);
    expect(mails[0]!.text).toContain(listing.title);
  });

  it("off: nothing is written; other kinds still arrive", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    await executeAction(savePreferencesDefinition, employer.actor, { "new-application": "OFF" });
    const candidate = await apply(listing.id);
    expect(await outboxOf("new-application")).toHaveLength(0);
    expect(await outboxOf("application-received")).toHaveLength(1);
    expect((await outboxOf("application-received"))[0]!.toAddress).toBe(candidate.user.email);
  });

  it("refuses kinds the role does not get, security mail, and frequencies a kind does not offer", async () => {
    const candidate = await createCandidate();
    for (const input of [
      { "new-application": "OFF" },
      { "verify-email": "OFF" },
      { "application-received": "DAILY" },
      { x: "OFF" },
    ]) {
      const outcome = await executeAction(savePreferencesDefinition, candidate.actor, input);
      expect(outcome.ok, JSON.stringify(input)).toBe(false);
    }
    expect((await executeAction(savePreferencesDefinition, candidate.actor, { "application-received": "SOMETIMES" })).ok).toBe(
      false,
    );
    expect((await executeAction(savePreferencesDefinition, null, { "application-received": "OFF" })).ok).toBe(false);
    expect(await db.notificationPreference.count()).toBe(0);
  });
});

describe("one-click unsubscribe", () => {
  it("works signed out with a POST (RFC 8058), is recorded, and stops that kind only", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    const token = unsubscribePath(employer.user.id, "new-application").split("/").pop()!;

    // A GET (a link scanner) changes nothing.
    const get = await GET(new NextRequest(`http://localhost/api/unsubscribe/${token}`), routeContext(token));
    expect(get.status).toBe(303);
    expect(await db.notificationPreference.count()).toBe(0);

    const post = () =>
      POST(
        new NextRequest(`http://localhost/api/unsubscribe/${token}`, {
          method: "POST",
          body: "List-Unsubscribe=One-Click",
          headers: { "content-type": "application/x-www-form-urlencoded" },
        }),
        routeContext(token),
      );
    expect((await post()).status).toBe(200);
    expect((await post()).status).toBe(200); // repeating is harmless

    expect(await db.notificationPreference.findMany()).toEqual([
      expect.objectContaining({ userId: employer.user.id, kind: "new-application", frequency: "OFF", changedVia: "one-click" }),
    ]);
    expect(await db.auditLog.count({ where: { action: "notifications.unsubscribe", targetId: employer.user.id } })).toBe(1);

    await apply(listing.id);
    expect(await outboxOf("new-application")).toHaveLength(0);
    // The employer still hears about their listings' reviews.
    const { approveListing } = await import("@/server/moderation/review");
    const { createAdmin } = await import("../setup/factories");
    const pending = await createListing(employer.company.id, { status: "PENDING_REVIEW" });
    await approveListing((await createAdmin()).actor, pending.id);
    expect((await outboxOf("listing-approved")).map((m) => m.toAddress)).toEqual([employer.user.email]);
  });

  it("the page's button works signed out too; a forged or security-kind link does nothing", async () => {
    const candidate = await createCandidate();
    const token = unsubscribePath(candidate.user.id, "application-received").split("/").pop()!;
    const done = await executeAction(unsubscribeDefinition, null, { token });
    expect(done).toMatchObject({ ok: true, state: { message: expect.stringContaining("Application sent") } });
    expect(await db.notificationPreference.count({ where: { frequency: "OFF", changedVia: "unsubscribe-page" } })).toBe(1);

    const [body, signature] = token.split(".");
    const forgedBody = Buffer.from(`${candidate.user.id}\napplication-status-changed`).toString("base64url");
    for (const bad of [
      `${forgedBody}.${signature}`,
      `${body}.AAAA`,
      "nonsense",
      unsubscribePath(candidate.user.id, "verify-email").split("/").pop()!,
    ]) {
      expect((await executeAction(unsubscribeDefinition, null, { token: bad })).ok).toBe(false);
      const response = await POST(new NextRequest(`http://localhost/api/unsubscribe/x`, { method: "POST" }), routeContext(bad));
      expect(response.status).toBe(404);
    }
    expect(await db.notificationPreference.count()).toBe(1);
  });
});
