import { beforeEach, describe, expect, it } from "vitest";
import { factGroups, NO_FACTS } from "@/lib/listing-facts";
import { normalisePay } from "@/lib/pay";
import { findComparison } from "@/server/listings/compare";
import { resetDatabase } from "../setup/db";
import { createCompany, createLevel, createListing } from "../setup/factories";

// /jobs/compare's data (issue 14, decision 031) over real rows: the rows and their differences, "not
// stated", and every refusal of a link — unknown, closed, too many, repeated, garbage — as a notice.

const DAY = 24 * 60 * 60 * 1000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const euroMonthly = { salaryMin: 15_000, salaryMax: 18_000, salaryCurrency: "EUR", salaryPeriod: "MONTH" } as const;

type Fixture = { id: string; slug: string; title: string };
let stated: Fixture;
let sparse: Fixture;
let third: Fixture;
let closed: Fixture;
let draft: Fixture;

beforeEach(async () => {
  await resetDatabase();
  const company = await createCompany({ name: "Ledgerline" });
  const staff = await createLevel({ name: "Staff" });
  const principal = await createLevel({ name: "Principal" });
  stated = await createListing(company.id, {
    levelId: staff.id,
    ...euroMonthly,
    ...normalisePay(euroMonthly),
    scalePeakRps: "RPS_10K_100K",
    ownershipKind: "GREENFIELD",
    teamSize: 4,
    onCall: "NONE",
    interviewStages: ["Hiring manager call", "System design"],
    takeHome: "NONE",
    decisionStyles: ["DESIGN_DOCS"],
  });
  sparse = await createListing(company.id, {
    levelId: principal.id,
    worldwide: false,
    eligibleCountries: ["DE", "PT"],
    onCall: "NONE",
  });
  third = await createListing(company.id, { levelId: staff.id });
  closed = await createListing(company.id, {
    levelId: staff.id,
    status: "CLOSED",
    publishedAt: ago(30),
    expiresAt: ago(-5),
    closedAt: ago(2),
  });
  draft = await createListing(company.id, { levelId: staff.id, status: "DRAFT" });
});

const rowOf = (rows: Awaited<ReturnType<typeof findComparison>>["rows"], key: string) => {
  const row = rows.find((r) => r.key === key);
  if (!row) throw new Error(`no row ${key}`);
  return row;
};

describe("comparing listings", () => {
  it("shows a column per listing in the canonical order, every glance row in the glance block's order", async () => {
    // Addressed by slug and by id, in either order: one canonical set.
    const comparison = await findComparison(`${sparse.slug},${stated.id}`);
    const expected = [sparse.slug, stated.id].sort();
    expect(comparison.path).toBe(`/jobs/compare?ids=${expected.join(",")}`);
    expect(comparison.notices).toEqual([]);
    expect(comparison.listings.map((l) => l.id)).toEqual(expected.map((ref) => (ref === stated.id ? stated.id : sparse.id)));
    expect(comparison.rows.map((r) => r.label)).toEqual([
      "Company",
      "Level",
      "Pay",
      "Pay in US dollars a year",
      "Who can apply",
      ...factGroups(NO_FACTS).map((g) => g.term),
    ]);

    const column = (id: string) => comparison.listings.findIndex((l) => l.id === id);
    const [s, p] = [column(stated.id), column(sparse.id)];
    // The same words the listing page's glance block uses; a group the listing does not state is null.
    expect(rowOf(comparison.rows, "scale").cells[s]).toEqual(["Peak 10,000–100,000 requests/s"]);
    expect(rowOf(comparison.rows, "scale").cells[p]).toBeNull();
    expect(rowOf(comparison.rows, "interview").cells[s]).toEqual([
      "2 stages: Hiring manager call → System design",
      "No take-home",
    ]);
    expect(rowOf(comparison.rows, "pay").cells[s]).toEqual(["€15,000 – €18,000 a month"]);
    expect(rowOf(comparison.rows, "payUsd").cells[p]).toEqual(["$200,000 – $250,000 a year"]);
    expect(rowOf(comparison.rows, "eligibility").cells).toEqual(
      s < p ? [["Worldwide"], ["DE, PT"]] : [["DE, PT"], ["Worldwide"]],
    );

    // Differences are marked; rows the two state alike are not.
    const differing = comparison.rows.filter((r) => r.differs).map((r) => r.key);
    expect(differing.sort()).toEqual(
      ["level", "pay", "payUsd", "eligibility", "scale", "ownership", "team", "interview", "decisions"].sort(),
    );
    expect(rowOf(comparison.rows, "company").differs).toBe(false);
    expect(rowOf(comparison.rows, "onCall")).toMatchObject({ cells: [["No on-call"], ["No on-call"]], differs: false });
  });

  it("takes the saved roles' form spelling (ids=a&ids=b) as the same set", async () => {
    const fromForm = await findComparison([stated.id, sparse.id]);
    const fromLink = await findComparison(`${sparse.id},${stated.id}`);
    expect(fromForm.path).toBe(fromLink.path);
    expect(fromForm.listings.map((l) => l.id)).toEqual(fromLink.listings.map((l) => l.id));
    expect(fromForm.rows).toEqual(fromLink.rows);
  });

  it("says which listings are no longer open or unknown, and compares the open rest", async () => {
    const comparison = await findComparison([stated.id, sparse.id, closed.slug, draft.id].join(","));
    expect(comparison.listings.map((l) => l.id).sort()).toEqual([stated.id, sparse.id].sort());
    expect(comparison.rows.length).toBeGreaterThan(0);
    // A draft was never public: as unknown as a slug that never existed.
    expect(comparison.notices).toEqual(["1 of these listings is no longer open.", "1 of these listings could not be found."]);
    const unknown = await findComparison(`${stated.id},${sparse.id},no-such-listing`);
    expect(unknown.listings).toHaveLength(2);
    expect(unknown.notices).toEqual(["1 of these listings could not be found."]);
  });

  it("shows no table when fewer than two listings are open", async () => {
    const comparison = await findComparison(`${stated.slug},${closed.id}`);
    expect(comparison.listings.map((l) => l.id)).toEqual([stated.id]);
    expect(comparison.rows).toEqual([]);
    expect(comparison.notices).toEqual(["1 of these listings is no longer open."]);
  });

  it("refuses more than four listings without looking any up", async () => {
    const more = await Promise.all([1, 2].map(async () => createListing((await createCompany()).id)));
    const comparison = await findComparison([stated, sparse, third, ...more].map((l) => l.id).join(","));
    expect(comparison.listings).toEqual([]);
    expect(comparison.rows).toEqual([]);
    expect(comparison.notices).toEqual([
      "You can compare up to 4 roles at a time; this link names 5. Pick fewer and compare again.",
    ]);
  });

  it("shows a listing named twice once, by the same reference or by its id and its slug", async () => {
    const comparison = await findComparison([stated.id, stated.id, stated.slug, sparse.id].join(","));
    expect(comparison.listings.map((l) => l.id).sort()).toEqual([stated.id, sparse.id].sort());
    expect(comparison.notices).toEqual(["2 roles were named twice; each is shown once."]);
    // The limit counts what a link names (it bounds the lookup), so an id and a slug count twice.
    const four = await findComparison([stated.id, stated.slug, sparse.id, third.id].join(","));
    expect(four.listings).toHaveLength(3);
    expect(four.notices).toEqual(["1 role was named twice; each is shown once."]);
  });

  it("leaves out garbage — NUL bytes, control characters, markup, overlong — and never throws", async () => {
    const garbage = ["\u0000", `${stated.id}\u0000`, "\u0007bell", "<script>", "UPPER", "a b", "x".repeat(201), "%00", "🙂"];
    const comparison = await findComparison([...garbage, stated.id, ` ${sparse.id} `, "", ","]);
    expect(comparison.listings.map((l) => l.id).sort()).toEqual([stated.id, sparse.id].sort());
    expect(comparison.notices).toEqual([`${garbage.length} of the ids in this link are not valid and left out.`]);
    // Only the valid references reach the canonical URL.
    expect(comparison.path).toBe(`/jobs/compare?ids=${[stated.id, sparse.id].sort().join(",")}`);

    const nothing = await findComparison("\u0000,\u001b[31m");
    expect(nothing).toEqual({
      path: "/jobs/compare",
      listings: [],
      rows: [],
      notices: ["2 of the ids in this link are not valid and left out."],
    });
    expect(await findComparison(undefined)).toEqual({ path: "/jobs/compare", listings: [], rows: [], notices: [] });
  });
});
