import { beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/views/route";
import { db } from "@/server/db";
import { getOwnListingStats } from "@/server/listings/stats";
import { countListingView } from "@/server/listings/views";
import { resetDatabase } from "../setup/db";
import { actorFor, createCandidate, createEmployer, createListing, createUser } from "../setup/factories";

// Views per listing per day and the employer's figures (issue 10), on the real database: the beacon
// keeps a count and nothing else, and only the listing's own company reads it.

beforeEach(resetDatabase);

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:135.0) Gecko/20100101 Firefox/135.0";

function beacon(body: string, headers: Record<string, string> = {}) {
  return POST(
    new Request("http://localhost/api/views", {
      method: "POST",
      body,
      headers: { "content-type": "text/plain", "user-agent": BROWSER, cookie: "visitor=abc", ...headers },
    }),
  );
}

async function applicant(listingId: string, createdAt: Date) {
  const candidate = await createCandidate();
  await db.application.create({ data: { listingId, candidateId: candidate.user.id, coverNote: "Hello", createdAt } });
}

describe("counting views", () => {
  it("adds up per listing per UTC day and keeps nothing about the visitor", async () => {
    const owner = await createEmployer();
    const listing = await createListing(owner.company.id);
    const other = await createListing(owner.company.id);
    for (let i = 0; i < 3; i++) expect((await beacon(listing.id)).status).toBe(204);
    await beacon(other.id);
    await countListingView(listing.id, BROWSER, new Date("2026-12-03T23:59:00Z"));

    const rows = await db.listingViewDay.findMany({ orderBy: [{ listingId: "asc" }, { day: "asc" }] });
    const today = new Date().toISOString().slice(0, 10);
    expect(rows.map((r) => [r.listingId, r.day.toISOString().slice(0, 10), r.views])).toEqual(
      expect.arrayContaining([
        [listing.id, today, 3],
        [listing.id, "2026-12-03", 1],
        [other.id, today, 1],
      ]),
    );
    // The table has exactly these columns: no address, cookie, agent or visitor id anywhere.
    const columns = await db.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_name = 'ListingViewDay' ORDER BY column_name`;
    expect(columns.map((c) => c.column_name)).toEqual(["day", "listingId", "views"]);
  });

  it("concurrent views of one listing all count", async () => {
    const owner = await createEmployer();
    const listing = await createListing(owner.company.id);
    await Promise.all(Array.from({ length: 20 }, () => beacon(listing.id)));
    expect((await db.listingViewDay.findFirstOrThrow({ where: { listingId: listing.id } })).views).toBe(20);
  });

  it("ignores bots, other sites, drafts, closed, expired or unknown listings and junk — always 204", async () => {
    const owner = await createEmployer();
    const live = await createListing(owner.company.id);
    const draft = await createListing(owner.company.id, { status: "DRAFT" });
    const closed = await createListing(owner.company.id, { status: "CLOSED" });
    const expired = await createListing(owner.company.id, { expiresAt: new Date(Date.now() - 1000) });
    const responses = await Promise.all([
      beacon(live.id, { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1)" }),
      beacon(live.id, { "user-agent": "" }),
      beacon(live.id, { origin: "https://evil.example" }),
      beacon(draft.id),
      beacon(closed.id),
      beacon(expired.id),
      beacon("c".repeat(25)),
      beacon("not an id\u0000"),
      beacon("x".repeat(100_000)),
      beacon(""),
    ]);
    expect(responses.map((r) => r.status)).toEqual(Array(responses.length).fill(204));
    expect(await db.listingViewDay.count()).toBe(0);
  });

  it("a suspended company's listing is not counted", async () => {
    const owner = await createEmployer();
    const listing = await createListing(owner.company.id);
    await db.company.update({ where: { id: owner.company.id }, data: { status: "SUSPENDED", suspendedAt: new Date() } });
    expect(await countListingView(listing.id, BROWSER)).toBe("not-live");
  });
});

describe("the employer's figures", () => {
  it("computes views, applications, apply rate and time to first application from hand-made rows", async () => {
    const now = new Date("2026-12-04T12:00:00Z");
    const owner = await createEmployer();
    const listing = await createListing(owner.company.id, { publishedAt: new Date("2026-11-01T08:00:00Z") });
    await db.listingViewDay.createMany({
      data: [
        { listingId: listing.id, day: new Date("2026-10-20"), views: 100 }, // before the 30 days: only in the total
        { listingId: listing.id, day: new Date("2026-11-10"), views: 60 },
        { listingId: listing.id, day: new Date("2026-12-04"), views: 40 },
      ],
    });
    await applicant(listing.id, new Date("2026-11-02T08:00:00Z")); // 24 hours after publication, before the window
    await applicant(listing.id, new Date("2026-12-04T00:30:00Z"));
    await applicant(listing.id, new Date("2026-12-04T23:00:00Z"));
    await applicant(listing.id, new Date("2026-12-03T23:59:00Z"));

    const stats = (await getOwnListingStats(owner.actor, listing.id, now))!;
    expect(stats).toMatchObject({
      totalViews: 200,
      totalApplications: 4,
      applyRate: 0.02,
      timeToFirstApplicationMs: 24 * 3_600_000,
    });
    expect(stats.days).toHaveLength(30);
    expect(stats.days[0]!.day).toBe("2026-11-05");
    expect(stats.days.at(-1)).toEqual({ day: "2026-12-04", views: 40, applications: 2 });
    expect(stats.days.at(-2)).toEqual({ day: "2026-12-03", views: 0, applications: 1 });
    expect(stats.days.find((d) => d.day === "2026-11-10")).toEqual({ day: "2026-11-10", views: 60, applications: 0 });
  });

  it("another company's listing, a made-up id: not found (null); a recruiter of the company reads them", async () => {
    const owner = await createEmployer();
    const listing = await createListing(owner.company.id);
    const other = await createEmployer();
    expect(await getOwnListingStats(other.actor, listing.id)).toBeNull();
    expect(await getOwnListingStats(owner.actor, "c".repeat(25))).toBeNull();
    const user = await createUser("EMPLOYER");
    await db.companyMember.create({ data: { companyId: owner.company.id, userId: user.id, role: "RECRUITER" } });
    expect(await getOwnListingStats(actorFor(user, owner.company.id), listing.id)).toMatchObject({ totalViews: 0 });
  });
});
