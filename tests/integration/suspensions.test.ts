import { beforeEach, describe, expect, it } from "vitest";
import { GET as jsonFeed } from "@/app/feeds/jobs.json/route";
import { listingGuid } from "@/lib/feeds/feed";
import { bandKey } from "@/lib/salary-bands";
import { searchParamsToQuery } from "@/lib/schemas/search";
import { executeAction } from "@/server/action";
import { loadActor } from "@/server/auth/load-actor";
import type { Actor } from "@/server/auth/session";
import { createSessionRow } from "@/server/auth/sessions";
import { signInWithPassword } from "@/server/auth/sign-in";
import { tagExpiryCount } from "@/server/cache/expire";
import { LISTINGS_TAG } from "@/server/cache/tags";
import { db } from "@/server/db";
import { findGoneListing } from "@/server/listings/gone";
import { findPublishedListing } from "@/server/listings/public";
import {
  changeRoleDefinition,
  restoreCompanyDefinition,
  restoreUserDefinition,
  suspendCompanyDefinition,
  suspendUserDefinition,
} from "@/server/moderation/actions";
import { createOrPromoteAdmin } from "@/server/moderation/create-admin";
import { ownCompanySuspension } from "@/server/moderation/suspension-notice";
import { recomputeSalaryBands } from "@/server/salaries/recompute";
import { searchListings } from "@/server/search/search";
import { listSitemapListings } from "@/server/seo/sitemap";
import { resetDatabase } from "../setup/db";
import { createAdmin, createCandidate, createEmployer, createLevel, createListing, TEST_PASSWORD } from "../setup/factories";
import { jobsNamed } from "../setup/jobs";

// Suspensions (issue 12): an account's suspension signs it out on its next request and refuses sign-in
// with the same words as a wrong password; a company's takes all its listings off every public surface
// at once, and restoring brings back those still published and unexpired.

beforeEach(resetDatabase);

const reason = "Asked candidates for a deposit before an interview.";
const DAY = 24 * 60 * 60 * 1000;
let address = 0;
const nextAddress = () => `198.51.100.${++address}`;

async function accountState() {
  return {
    users: await db.user.findMany({
      select: { id: true, status: true, role: true, suspensionReason: true },
      orderBy: { id: "asc" },
    }),
    companies: await db.company.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
    revoked: await db.session.count({ where: { revokedAt: { not: null } } }),
    audits: await db.auditLog.count(),
  };
}

const refusedActors: [string, () => Promise<Actor | null>][] = [
  ["anonymous", async () => null],
  ["a candidate", async () => (await createCandidate()).actor],
  ["an employer", async () => (await createEmployer()).actor],
];

describe("suspending an account", () => {
  it("ends an already-issued session on its next request, refuses sign-in generically, and is audited", async () => {
    const { user } = await createCandidate();
    const admin = await createAdmin();
    const session = await createSessionRow(user.id);
    expect(await loadActor(session.id, user.id)).toMatchObject({ id: user.id });

    const outcome = await executeAction(suspendUserDefinition, admin.actor, { userId: user.id, reason });

    expect(outcome.ok).toBe(true);
    expect(await loadActor(session.id, user.id)).toBeNull();
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).revokedAt).not.toBeNull();
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      status: "SUSPENDED",
      suspensionReason: reason,
      suspendedAt: expect.any(Date),
    });
    const refusal = signInWithPassword(user.email, TEST_PASSWORD, nextAddress());
    await expect(refusal).rejects.toThrow("That email and password do not match an active account.");
    expect(await db.auditLog.findMany({ where: { targetId: user.id } })).toMatchObject([
      { action: "user.suspend", actorId: admin.user.id, reason, metadata: { sessionsRevoked: 1 } },
    ]);
  });

  it("a session the suspension did not revoke (issued during a race) still signs nobody in", async () => {
    const { user } = await createCandidate();
    const admin = await createAdmin();
    await executeAction(suspendUserDefinition, admin.actor, { userId: user.id, reason });
    const late = await createSessionRow(user.id);
    expect(await loadActor(late.id, user.id)).toBeNull();
  });

  it("restoring lets the account sign in again, with the same password", async () => {
    const { user } = await createCandidate();
    const admin = await createAdmin();
    await executeAction(suspendUserDefinition, admin.actor, { userId: user.id, reason });

    const outcome = await executeAction(restoreUserDefinition, admin.actor, { userId: user.id, reason: "Appeal accepted." });

    expect(outcome.ok).toBe(true);
    await expect(signInWithPassword(user.email, TEST_PASSWORD, nextAddress())).resolves.toMatchObject({ id: user.id });
    const actions = (await db.auditLog.findMany({ where: { targetId: user.id }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["user.suspend", "user.restore"]);
  });

  it("needs a reason, and refuses your own account and a repeat, changing nothing", async () => {
    const { user } = await createCandidate();
    const admin = await createAdmin();
    const before = await accountState();

    expect(await executeAction(suspendUserDefinition, admin.actor, { userId: user.id, reason: "" })).toMatchObject({
      ok: false,
      state: { fieldErrors: { reason: [expect.any(String)] } },
    });
    expect(await executeAction(suspendUserDefinition, admin.actor, { userId: admin.user.id, reason })).toMatchObject({
      ok: false,
      state: { message: expect.stringContaining("your own account") },
    });
    expect(await executeAction(restoreUserDefinition, admin.actor, { userId: user.id, reason: "Not needed." })).toMatchObject({
      ok: false,
      state: { message: expect.stringContaining("not suspended") },
    });
    expect(await accountState()).toEqual(before);
  });

  it("never suspends the last active admin", async () => {
    const acting = await createAdmin();
    const last = await createAdmin();
    // The acting admin was suspended a moment ago by someone else: `last` is the only active admin left.
    await db.user.update({ where: { id: acting.user.id }, data: { status: "SUSPENDED" } });
    const before = await accountState();

    const outcome = await executeAction(suspendUserDefinition, acting.actor, { userId: last.user.id, reason });

    expect(outcome).toMatchObject({ ok: false, state: { message: expect.stringContaining("last active admin") } });
    expect(await accountState()).toEqual(before);
  });

  it.each(refusedActors)("is refused for %s, and changes nothing", async (_who, makeActor) => {
    const { user } = await createCandidate();
    const admin = await createAdmin();
    await executeAction(suspendUserDefinition, admin.actor, { userId: (await createCandidate()).user.id, reason });
    const actor = await makeActor();
    const before = await accountState();

    for (const [definition, input] of [
      [suspendUserDefinition, { userId: user.id, reason }],
      [restoreUserDefinition, { userId: user.id, reason: "Restoring it." }],
      [changeRoleDefinition, { userId: user.id, role: "ADMIN" }],
    ] as const) {
      expect((await executeAction(definition as typeof suspendUserDefinition, actor, input)).ok).toBe(false);
    }
    expect(await accountState()).toEqual(before);
  });
});

describe("changing a user's role", () => {
  it("changes it, ends their sessions and records from and to", async () => {
    const { user } = await createCandidate();
    const admin = await createAdmin();
    const session = await createSessionRow(user.id);

    const outcome = await executeAction(changeRoleDefinition, admin.actor, { userId: user.id, role: "ADMIN" });

    expect(outcome.ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("ADMIN");
    expect(await loadActor(session.id, user.id)).toBeNull();
    expect(await db.auditLog.findMany({ where: { targetId: user.id } })).toMatchObject([
      { action: "user.role-change", metadata: { from: "CANDIDATE", to: "ADMIN" } },
    ]);
  });

  it("gives a new candidate a profile row", async () => {
    const { user } = await createEmployer();
    const admin = await createAdmin();
    await executeAction(changeRoleDefinition, admin.actor, { userId: user.id, role: "CANDIDATE" });
    expect(await db.candidateProfile.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses your own role, the same role, an unknown role and demoting the last active admin", async () => {
    const acting = await createAdmin();
    const other = await createAdmin();
    const { user } = await createCandidate();
    await db.user.update({ where: { id: acting.user.id }, data: { status: "SUSPENDED" } });
    const before = await accountState();

    const attempts = [
      [{ userId: acting.user.id, role: "CANDIDATE" }, "your own role"],
      [{ userId: user.id, role: "CANDIDATE" }, "already candidate"],
      [{ userId: other.user.id, role: "EMPLOYER" }, "last active admin"],
    ] as const;
    for (const [input, message] of attempts) {
      expect(await executeAction(changeRoleDefinition, acting.actor, input)).toMatchObject({
        ok: false,
        state: { message: expect.stringContaining(message) },
      });
    }
    expect(await executeAction(changeRoleDefinition, acting.actor, { userId: user.id, role: "ROOT" })).toMatchObject({
      ok: false,
      state: { fieldErrors: { role: [expect.any(String)] } },
    });
    expect(await accountState()).toEqual(before);
  });
});

async function visibleEverywhere(listing: { id: string; slug: string }) {
  const { query } = searchParamsToQuery(new URLSearchParams());
  const search = (await searchListings({ ...query, limit: 50 })).items.some((i) => i.id === listing.id);
  const feed = JSON.stringify(await (await jsonFeed(new Request("http://localhost/feeds/jobs.json"))).json()).includes(
    listingGuid(listing.id),
  );
  const sitemap = (await listSitemapListings()).some((p) => p.slug === listing.slug);
  const page = (await findPublishedListing(listing.slug)) !== null;
  return { search, feed, sitemap, page };
}

const everywhere = { search: true, feed: true, sitemap: true, page: true };
const nowhere = { search: false, feed: false, sitemap: false, page: false };

async function bandCount(levelId: string) {
  await recomputeSalaryBands();
  return (await db.salaryBand.findUnique({ where: { key: bandKey.level(levelId) } }))?.listingCount ?? 0;
}

describe("suspending a company", () => {
  it("takes its listings out of search, feeds, the sitemap, their pages and the salary bands at once; restoring brings back the live ones", async () => {
    const level = await createLevel();
    const { company, actor: employerActor } = await createEmployer();
    const other = await createEmployer();
    const live = await createListing(company.id, { levelId: level.id });
    const endsDuringSuspension = await createListing(company.id, { levelId: level.id });
    const closed = await createListing(company.id, {
      levelId: level.id,
      status: "CLOSED",
      publishedAt: new Date(Date.now() - 20 * DAY),
      closedAt: new Date(),
    });
    const bystander = await createListing(other.company.id, { levelId: level.id });
    const admin = await createAdmin();
    expect(await visibleEverywhere(live)).toEqual(everywhere);
    // Bands count recently ended listings too (decision 006): all four.
    expect(await bandCount(level.id)).toBe(4);
    expect(await findGoneListing(closed.slug)).not.toBeNull();
    const expiredBefore = tagExpiryCount(LISTINGS_TAG);

    const outcome = await executeAction(suspendCompanyDefinition, admin.actor, { companyId: company.id, reason });

    expect(outcome.ok).toBe(true);
    expect(await visibleEverywhere(live)).toEqual(nowhere);
    expect(await visibleEverywhere(bystander)).toEqual(everywhere);
    // An ended listing of a suspended company is not "gone" (410) but unknown (404): nothing about it shows.
    expect(await findGoneListing(closed.slug)).toBeNull();
    expect(await bandCount(level.id)).toBe(1);
    // The live-set after-effects ran: caches expired, recomputations queued.
    expect(tagExpiryCount(LISTINGS_TAG) - expiredBefore).toBe(1);
    expect((await jobsNamed("refresh-salary-bands")).length).toBeGreaterThan(0);
    expect((await jobsNamed("refresh-search-facets")).length).toBeGreaterThan(0);
    // No listing moved: the suspension hides them, so restoring needs no memory of what was live.
    expect((await db.listing.findUniqueOrThrow({ where: { id: live.id } })).status).toBe("PUBLISHED");
    // The team sees why.
    expect(await ownCompanySuspension(employerActor)).toMatchObject({ reason });
    expect(await ownCompanySuspension(other.actor)).toBeNull();

    // Meanwhile one listing's time runs out.
    await db.listing.update({ where: { id: endsDuringSuspension.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const restored = await executeAction(restoreCompanyDefinition, admin.actor, {
      companyId: company.id,
      reason: "Appeal accepted.",
    });

    expect(restored.ok).toBe(true);
    expect(await visibleEverywhere(live)).toEqual(everywhere);
    expect(await visibleEverywhere(endsDuringSuspension)).toEqual(nowhere);
    expect(await findGoneListing(endsDuringSuspension.slug)).not.toBeNull();
    expect(await bandCount(level.id)).toBe(4);
    expect(await ownCompanySuspension(employerActor)).toBeNull();
    const actions = (await db.auditLog.findMany({ where: { targetId: company.id }, orderBy: { id: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(["company.suspend", "company.restore"]);
  });

  it("refuses a repeat, an unknown company and a missing reason, changing nothing", async () => {
    const { company } = await createEmployer();
    const admin = await createAdmin();
    await executeAction(suspendCompanyDefinition, admin.actor, { companyId: company.id, reason });
    const before = await accountState();

    expect(await executeAction(suspendCompanyDefinition, admin.actor, { companyId: company.id, reason })).toMatchObject({
      ok: false,
      state: { message: expect.stringContaining("already suspended") },
    });
    expect(await executeAction(suspendCompanyDefinition, admin.actor, { companyId: "c".repeat(25), reason })).toMatchObject({
      ok: false,
      state: { message: expect.stringContaining("does not exist") },
    });
    expect(await executeAction(restoreCompanyDefinition, admin.actor, { companyId: company.id, reason: "" })).toMatchObject({
      ok: false,
      state: { fieldErrors: { reason: [expect.any(String)] } },
    });
    expect(await accountState()).toEqual(before);
  });

  it.each(refusedActors)("is refused for %s, and changes nothing", async (_who, makeActor) => {
    const { company } = await createEmployer();
    const suspended = await createEmployer();
    const admin = await createAdmin();
    await executeAction(suspendCompanyDefinition, admin.actor, { companyId: suspended.company.id, reason });
    const actor = await makeActor();
    const before = await accountState();

    expect((await executeAction(suspendCompanyDefinition, actor, { companyId: company.id, reason })).ok).toBe(false);
    expect(
      (await executeAction(restoreCompanyDefinition, actor, { companyId: suspended.company.id, reason: "Restoring it." })).ok,
    ).toBe(false);
    expect(await accountState()).toEqual(before);
  });
});

describe("npm run admin:create", () => {
  it("creates a confirmed admin with a one-time password that signs in, audited", async () => {
    const result = await createOrPromoteAdmin("  First.Admin@Example.test ", "First Admin");

    expect(result).toMatchObject({ outcome: "created", email: "first.admin@example.test" });
    if (result.outcome !== "created") throw new Error("expected a new account");
    expect(result.password.length).toBeGreaterThanOrEqual(20);
    await expect(signInWithPassword(result.email, result.password, nextAddress())).resolves.toMatchObject({ role: "ADMIN" });
    expect(await db.auditLog.findMany({ where: { targetId: result.userId } })).toMatchObject([
      { action: "user.create-admin", actorId: null, actorEmail: "command-line@backplane" },
    ]);
  });

  it("promotes an existing account (ending its sessions), and leaves an admin alone", async () => {
    const { user } = await createCandidate();
    const session = await createSessionRow(user.id);

    expect(await createOrPromoteAdmin(user.email)).toMatchObject({ outcome: "promoted", from: "CANDIDATE" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("ADMIN");
    expect(await loadActor(session.id, user.id)).toBeNull();

    const audits = await db.auditLog.count();
    expect(await createOrPromoteAdmin(user.email)).toMatchObject({ outcome: "already-admin" });
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("refuses something that is not an email address, creating nothing", async () => {
    await expect(createOrPromoteAdmin("not an address")).rejects.toThrow("not an email address");
    expect(await db.user.count()).toBe(0);
  });
});
