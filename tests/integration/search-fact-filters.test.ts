import { beforeAll, describe, expect, it } from "vitest";
import { GET as searchJobs } from "@/app/api/v1/jobs/route";
import { searchParamsToQuery } from "@/lib/schemas/search";
import { searchListings } from "@/server/search/search";
import { resetDatabase } from "../setup/db";
import { createFactListings } from "../setup/fact-listings";

// The role-at-a-glance filters (decision 031) on crafted fixtures: each alone, with each other and with the
// existing filters; a listing that does not state a fact matches none of its values; team-size bounds.

async function titles(qs: string): Promise<string[]> {
  const { query, errors } = searchParamsToQuery(new URLSearchParams(qs));
  expect(errors).toEqual([]);
  const result = await searchListings({ ...query, limit: 50 });
  return result.items.map((i) => i.title).sort();
}

beforeAll(async () => {
  await resetDatabase();
  await createFactListings();
});

describe("the role-at-a-glance filters", () => {
  it("each alone", async () => {
    expect(await titles("")).toEqual(["Alpha", "Bravo", "Charlie", "Delta", "Echo"]);
    expect(await titles("takeHome=none")).toEqual(["Alpha", "Charlie"]);
    expect(await titles("takeHome=paid,unpaid")).toEqual(["Bravo"]);
    expect(await titles("onCall=none")).toEqual(["Alpha"]);
    expect(await titles("onCall=rotation&onCall=escalation-only")).toEqual(["Bravo", "Charlie"]);
    expect(await titles("ownership=greenfield")).toEqual(["Alpha", "Charlie"]);
    expect(await titles("ownership=consolidation")).toEqual([]);
  });

  it("team size by inclusive ranges: small up to 5, medium 6–20, large over 20", async () => {
    expect(await titles("teamSize=small")).toEqual(["Alpha"]);
    expect(await titles("teamSize=medium")).toEqual(["Bravo", "Delta"]);
    expect(await titles("teamSize=large")).toEqual(["Charlie"]);
    expect(await titles("teamSize=small,large")).toEqual(["Alpha", "Charlie"]);
  });

  it("combined with each other and with the existing filters", async () => {
    expect(await titles("takeHome=none&onCall=none")).toEqual(["Alpha"]);
    expect(await titles("takeHome=none&ownership=greenfield&teamSize=large")).toEqual(["Charlie"]);
    expect(await titles("takeHome=none&engagement=contractor")).toEqual(["Charlie"]);
    expect(await titles("teamSize=medium&level=principal")).toEqual(["Bravo"]);
    expect(await titles("onCall=none&level=principal")).toEqual([]);
  });

  it("pages and sorts with the facts as with any filter", async () => {
    const { query } = searchParamsToQuery(new URLSearchParams("ownership=greenfield,migration&limit=1&sort=newest"));
    const first = await searchListings(query);
    expect(first.items).toHaveLength(1);
    const second = await searchListings({ ...query, cursor: first.nextCursor! });
    const third = await searchListings({ ...query, cursor: second.nextCursor! });
    const seen = [first, second, third].flatMap((p) => p.items.map((i) => i.title)).sort();
    expect(seen).toEqual(["Alpha", "Bravo", "Charlie"]);
    expect(third.nextCursor).toBeNull();
  });

  it("through the public API, with the facts in each result and a 400 for another spelling", async () => {
    const response = await searchJobs(new Request("http://localhost/api/v1/jobs?takeHome=none&onCall=none"));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: { title: string; facts: Record<string, Record<string, unknown>> }[] };
    expect(body.items.map((i) => i.title)).toEqual(["Alpha"]);
    expect(body.items[0]!.facts).toMatchObject({
      ownership: { kind: "greenfield", firstSixMonths: null },
      team: { size: 5, sizeRange: "small" },
      onCall: { kind: "none", rotationWeeks: null },
      interview: { stages: [], takeHome: "none", hours: null },
    });
    const wrong = await searchJobs(new Request("http://localhost/api/v1/jobs?takeHome=NONE"));
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: { parameter: string } }).error.parameter).toBe("takeHome");
  });
});
