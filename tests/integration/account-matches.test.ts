import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { readMatchOrder } from "@/server/viewer/match-order";
import { resetDatabase } from "../setup/db";
import {
  createAdmin,
  createCandidate,
  createCompany,
  createEmployer,
  createLevel,
  createListing,
  createSkill,
} from "../setup/factories";

// The answer behind /account/matches (the no-script "Best match for me" page) and GET /api/me/jobs
// (decision 035): the signed-in candidate's own order for a search address, and a clear refusal for a
// bad address, a visitor who is not signed in, and anyone who is not a candidate.

let companyId: string;
let staff: { id: string };
let go: { id: string; slug: string };
let rust: { id: string; slug: string };

beforeEach(async () => {
  await resetDatabase();
  companyId = (await createCompany()).id;
  staff = await createLevel({ name: "Staff" });
  go = await createSkill({ name: "Go" });
  rust = await createSkill({ name: "Rust" });
});

async function listingWith(skillIds: string[], levelId?: string) {
  const listing = await createListing(companyId, levelId ? { levelId } : {});
  await db.listingSkill.createMany({ data: skillIds.map((skillId) => ({ listingId: listing.id, skillId })) });
  return listing;
}

/** A Go developer looking for Staff roles. */
async function goCandidate() {
  const candidate = await createCandidate();
  await db.candidateProfile.update({
    where: { userId: candidate.user.id },
    data: {
      country: "PT",
      timezone: "UTC",
      skills: { create: [{ skillId: go.id }] },
      levels: { create: [{ levelId: staff.id }] },
    },
  });
  return candidate;
}

const params = (query: string) => new URLSearchParams(query);

describe("readMatchOrder (/account/matches, GET /api/me/jobs)", () => {
  it("gives a candidate their roles in match order with labels and reasons, page by page", async () => {
    const candidate = await goCandidate();
    const best = await listingWith([go.id], staff.id);
    const skillOnly = await listingWith([go.id]);
    const neither = await listingWith([rust.id]);

    // `sort` is ignored: the /jobs link never sends it, and this is the match order whatever it says.
    const first = await readMatchOrder(candidate.actor, params("limit=2&sort=newest"));
    expect(first.status).toBe("ok");
    if (first.status !== "ok") return;
    expect(first.page.items.map((i) => i.card.id)).toEqual([best.id, skillOnly.id]);
    const [top] = first.page.items;
    expect(top!.match.label).toMatch(/^Strong match: eligible, 1 of 1 skills/);
    expect(top!.match.reasons.find((r) => r.aspect === "skills")?.skills).toEqual({ have: ["Go"], lack: [] });
    expect(top!.match.reasons.some((r) => r.aspect === "level")).toBe(true);
    expect(first.page.nextCursor).not.toBeNull();

    const second = await readMatchOrder(candidate.actor, params(`limit=2&cursor=${first.page.nextCursor}`));
    expect(second.status).toBe("ok");
    if (second.status !== "ok") return;
    expect(second.query.cursor).toBe(first.page.nextCursor);
    expect(second.page.items.map((i) => i.card.id)).toEqual([neither.id]);
    expect(second.page.items[0]!.match.reasons.find((r) => r.aspect === "skills")?.skills).toEqual({
      have: [],
      lack: ["Rust"],
    });
    expect(second.page.nextCursor).toBeNull();
  });

  it("keeps to the search's filters, and answers an empty page when nothing matches", async () => {
    const candidate = await goCandidate();
    const rustRole = await listingWith([rust.id]);
    await listingWith([go.id], staff.id);

    const filtered = await readMatchOrder(candidate.actor, params(`skill=${rust.slug}`));
    expect(filtered.status === "ok" && filtered.page.items.map((i) => i.card.id)).toEqual([rustRole.id]);

    const none = await readMatchOrder(candidate.actor, params("q=cobol"));
    expect(none).toMatchObject({ status: "ok", page: { items: [], nextCursor: null } });
  });

  it("names the parameter of a bad address instead of failing, before asking who is signed in", async () => {
    const candidate = await goCandidate();
    await listingWith([go.id]);
    expect(await readMatchOrder(candidate.actor, params("level=Staff!&minPay=lots"))).toEqual({
      status: "invalid",
      errors: [
        { parameter: "level", message: "That is not a seniority level slug (lower-case letters, digits and hyphens)." },
        { parameter: "minPay", message: expect.stringMatching(/^Give the minimum annual pay in US dollars/) },
      ],
    });
    expect(await readMatchOrder(null, params("level=Staff!"))).toMatchObject({ status: "invalid" });
  });

  it("refuses a mangled cursor and one from another sort, naming the cursor", async () => {
    const candidate = await goCandidate();
    await listingWith([go.id]);
    const newestCursor = Buffer.from(JSON.stringify(["newest", "2026-01-01T00:00:00", "abc"])).toString("base64url");
    for (const cursor of ["bm90IGpzb24", newestCursor, "not%20a%20cursor"]) {
      const answer = await readMatchOrder(candidate.actor, params(`cursor=${cursor}`));
      expect(answer, cursor).toEqual({
        status: "invalid",
        errors: [{ parameter: "cursor", message: expect.stringMatching(/^That cursor is not valid/) }],
      });
    }
  });

  it("answers nothing about anyone to a visitor who is not signed in, nor to employers and admins", async () => {
    await goCandidate();
    await listingWith([go.id], staff.id);
    expect(await readMatchOrder(null, params(""))).toEqual({ status: "signed-out" });
    for (const { actor } of [await createEmployer(), await createAdmin()]) {
      expect(await readMatchOrder(actor, params(""))).toEqual({ status: "not-candidate" });
    }
  });
});
