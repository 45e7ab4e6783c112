import { describe, expect, it } from "vitest";
import {
  CA_PROVINCES,
  PAY_TRANSPARENCY_RULES,
  US_STATES,
  annualCad,
  describesBenefits,
  evaluateListing,
  payTransparencyProblems,
  rulesFor,
  type PayTransparencyListing,
} from "@/lib/pay-transparency";

const today = new Date("2026-12-01T12:00:00Z");

/** A listing that meets every rule in the table, limited to one place. */
function fixture(overrides: Partial<PayTransparencyListing> = {}): PayTransparencyListing {
  return {
    worldwide: false,
    countries: [],
    states: [],
    provinces: [],
    salaryMin: 120_000,
    salaryMax: 150_000,
    salaryCurrency: "CAD",
    salaryPeriod: "YEAR",
    benefits: "Health and dental insurance, 30 days of paid leave, a retirement match and a home-office budget.",
    applicationsCloseOn: new Date("2027-01-31T00:00:00Z"),
    aiScreening: false,
    existingVacancy: true,
    ...overrides,
  };
}

const placeOf = (id: string) => {
  const rule = PAY_TRANSPARENCY_RULES.find((r) => r.id === id)!;
  const scope = rule.scope;
  if ("union" in scope) return { countries: ["FR"] };
  return scope.country === "US"
    ? { countries: ["US"], states: [scope.subdivision] }
    : { countries: ["CA"], provinces: [scope.subdivision] };
};

describe("the rule table", () => {
  it("gives every rule a place, a source, an ISO effective date and at least a pay range", () => {
    for (const rule of PAY_TRANSPARENCY_RULES) {
      expect(rule.place.length, rule.id).toBeGreaterThan(0);
      expect(rule.source.length, rule.id).toBeGreaterThan(10);
      expect(rule.effectiveFrom, rule.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${rule.effectiveFrom}T00:00:00Z`).toISOString().slice(0, 10), rule.id).toBe(rule.effectiveFrom);
      expect(rule.requires, rule.id).toContain("payRange");
    }
    expect(new Set(PAY_TRANSPARENCY_RULES.map((r) => r.id)).size).toBe(PAY_TRANSPARENCY_RULES.length);
  });

  // Each jurisdiction on a listing limited to it: the fixture meets it; each requirement removed fails it.
  for (const rule of PAY_TRANSPARENCY_RULES) {
    it(`${rule.place}: applies to a listing open there, met by the fixture, failed without each requirement`, () => {
      const place = placeOf(rule.id);
      const results = evaluateListing(fixture(place), today);
      const result = results.find((r) => r.rule.id === rule.id);
      expect(result?.unmet).toEqual([]);
      expect(result?.inForce).toBe(rule.effectiveFrom <= "2026-12-01");

      const broken: Record<string, Partial<PayTransparencyListing>> = {
        payRange: { salaryMin: 150_000, salaryMax: 120_000 },
        benefits: { benefits: "Competitive benefits package and great perks!" },
        closeDate: { applicationsCloseOn: null },
        ontarioSpread: { salaryMin: 100_000, salaryMax: 160_000 },
        aiScreening: { aiScreening: null },
        existingVacancy: { existingVacancy: null },
      };
      for (const requirement of rule.requires) {
        const failed = evaluateListing(fixture({ ...place, ...broken[requirement] }), today).find((r) => r.rule.id === rule.id);
        expect(failed?.unmet, `${rule.id} ${requirement}`).toContain(requirement);
        const problems = payTransparencyProblems(fixture({ ...place, ...broken[requirement] }), today);
        if (result?.inForce) expect(Object.values(problems).flat().join(" "), `${rule.id} ${requirement}`).toContain(rule.place);
        else expect(problems).toEqual({});
      }
    });
  }

  it("refuses with the right message beside the right field", () => {
    const colorado = payTransparencyProblems(
      fixture({ countries: ["US"], states: ["CO"], benefits: "Great perks", applicationsCloseOn: null }),
      today,
    );
    expect(colorado.benefits?.[0]).toMatch(/Describe the benefits.*Colorado/);
    expect(colorado.applicationsCloseOn?.[0]).toMatch(/date applications close.*Colorado/);

    const ontario = payTransparencyProblems(fixture({ countries: ["CA"], aiScreening: null, existingVacancy: null }), today);
    expect(ontario.aiScreening?.[0]).toMatch(/AI.*Ontario/);
    expect(ontario.existingVacancy?.[0]).toMatch(/existing vacancy.*Ontario/);
    expect(Object.keys(ontario).sort()).toEqual(["aiScreening", "existingVacancy"]);
  });

  it("brings no rule to a listing open only where none applies", () => {
    expect(rulesFor(fixture({ countries: ["GB", "CH", "JP"] }), today)).toEqual([]);
    expect(payTransparencyProblems(fixture({ countries: ["GB"], benefits: null, aiScreening: null }), today)).toEqual({});
  });

  it("does not enforce a rule before its effective date (Delaware, September 2027)", () => {
    const delaware = fixture({ countries: ["US"], states: ["DE"], benefits: null });
    expect(rulesFor(delaware, today).map((r) => [r.rule.id, r.inForce])).toEqual([["us-de", false]]);
    expect(payTransparencyProblems(delaware, today)).toEqual({});
    expect(payTransparencyProblems(delaware, new Date("2027-09-01T00:00:00Z")).benefits?.[0]).toMatch(/Delaware/);
  });
});

describe("whole countries", () => {
  const usRules = PAY_TRANSPARENCY_RULES.filter((r) => "country" in r.scope && r.scope.country === "US").map((r) => r.id);
  const caRules = PAY_TRANSPARENCY_RULES.filter((r) => "country" in r.scope && r.scope.country === "CA").map((r) => r.id);

  it("puts a listing open to the whole US under every state's and city's rule", () => {
    expect(rulesFor(fixture({ countries: ["US"] }), today).map((r) => r.rule.id)).toEqual(usRules);
  });

  it("puts a listing open to the whole of Canada under every province's rule", () => {
    expect(rulesFor(fixture({ countries: ["CA"] }), today).map((r) => r.rule.id)).toEqual(caRules);
  });

  it("puts a worldwide listing under every rule", () => {
    expect(rulesFor(fixture({ worldwide: true }), today)).toHaveLength(PAY_TRANSPARENCY_RULES.length);
  });

  it("follows the listing's limits within a country", () => {
    const texas = rulesFor(fixture({ countries: ["US"], states: ["TX", "FL"] }), today);
    expect(texas).toEqual([]);
    const quebec = rulesFor(fixture({ countries: ["US", "CA"], states: ["NY"], provinces: ["QC"] }), today);
    expect(quebec.map((r) => r.rule.id)).toEqual(["us-nyc", "us-ny"]);
  });

  it("knows every state and province code once", () => {
    expect(new Set(US_STATES.map(([c]) => c)).size).toBe(51);
    expect(new Set(CA_PROVINCES.map(([c]) => c)).size).toBe(13);
  });
});

describe("Ontario's spread, in Canadian dollars", () => {
  const ontario = (pay: Partial<PayTransparencyListing>) =>
    evaluateListing(fixture({ countries: ["CA"], provinces: ["ON"], ...pay }), today).find((r) => r.rule.id === "ca-on")!.unmet;

  it("allows a spread of exactly C$50,000 and refuses one dollar more", () => {
    expect(ontario({ salaryMin: 100_000, salaryMax: 150_000 })).toEqual([]);
    expect(ontario({ salaryMin: 100_000, salaryMax: 150_001 })).toEqual(["ontarioSpread"]);
  });

  it("exempts a range whose top is above C$200,000, but not one ending at exactly C$200,000", () => {
    expect(ontario({ salaryMin: 140_000, salaryMax: 200_001 })).toEqual([]);
    expect(ontario({ salaryMin: 140_000, salaryMax: 200_000 })).toEqual(["ontarioSpread"]);
  });

  it("converts other currencies and periods with the reference rates", () => {
    // US$100,000–140,000 is about C$138,889–194,444: a C$55,556 spread, below the exemption.
    expect(annualCad(100_000, "USD", "YEAR")).toBe(138_889);
    expect(ontario({ salaryMin: 100_000, salaryMax: 140_000, salaryCurrency: "USD" })).toEqual(["ontarioSpread"]);
    // US$150,000–200,000 tops out near C$277,778: exempt.
    expect(ontario({ salaryMin: 150_000, salaryMax: 200_000, salaryCurrency: "USD" })).toEqual([]);
    // C$10,000–14,000 a month is C$120,000–168,000 a year: a C$48,000 spread.
    expect(ontario({ salaryMin: 10_000, salaryMax: 14_000, salaryPeriod: "MONTH" })).toEqual([]);
    expect(ontario({ salaryMin: 10_000, salaryMax: 15_000, salaryPeriod: "MONTH" })).toEqual(["ontarioSpread"]);
  });

  it("accepts a fixed amount (minimum equal to maximum) as a range", () => {
    expect(ontario({ salaryMin: 130_000, salaryMax: 130_000 })).toEqual([]);
  });
});

describe("a benefits description that is not a slogan", () => {
  it.each([
    ["Health insurance, 30 days of paid leave, 401(k) match", true],
    ["Private medical cover, pension contributions, learning budget", true],
    ["Competitive benefits package and great perks!", false],
    ["Amazing culture, generous benefits, fun team", false],
    ["Health, dental, vision", false],
    ["", false],
    [null, false],
  ])("%s → %s", (text, expected) => {
    expect(describesBenefits(text)).toBe(expected);
  });
});

describe("no question about current or past pay", () => {
  it("has no form schema or form field asking for it (several laws forbid the question)", async () => {
    const { readdir, readFile } = await import("node:fs/promises");
    const path = await import("node:path");
    const forbidden = /(current|past|previous|prior|last)[\s_-]*(pay|salary|compensation|wage)|(pay|salary|wage)[\s_-]*history/i;
    const roots = ["src/lib/schemas", "src/components", "src/app"];
    const offenders: string[] = [];
    async function walk(dir: string): Promise<void> {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) await walk(full);
        else if (/\.(ts|tsx)$/.test(entry.name) && forbidden.test(await readFile(full, "utf8"))) offenders.push(full);
      }
    }
    for (const root of roots) await walk(root);
    expect(offenders).toEqual([]);
  });
});
