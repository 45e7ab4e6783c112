import { describe, expect, it } from "vitest";
import {
  assessEligibility,
  candidateDayStartUtc,
  matchesEligibilityFilter,
  overlapMinutes,
  type ListingRules,
} from "@/lib/eligibility";

const regions = [
  { code: "eu", name: "European Union", countries: ["DE", "FR", "PT"] },
  { code: "americas", name: "The Americas", countries: ["US", "CA", "BR"] },
];

const rules = (overrides: Partial<ListingRules> = {}): ListingRules => ({
  worldwide: false,
  eligibleRegions: [],
  eligibleCountries: [],
  tzWindowStartUtc: null,
  tzWindowEndUtc: null,
  tzRequiredOverlapHours: 0,
  visaPolicy: "NOT_REQUIRED",
  ...overrides,
});

const berlinWinter = { country: "DE", utcOffsetMinutes: 60, workAuthorizations: ["DE"] };

describe("overlapMinutes", () => {
  it("counts shared minutes of plain and midnight-crossing windows", () => {
    expect(overlapMinutes(8 * 60, 480, 9 * 60, 480)).toBe(7 * 60);
    // 22:00–02:00 UTC against 00:00–08:00 UTC: two hours after midnight.
    expect(overlapMinutes(0, 480, 22 * 60, 240)).toBe(120);
    // 20:00–04:00 against 23:00–07:00: five hours, both crossing midnight.
    expect(overlapMinutes(20 * 60, 480, 23 * 60, 480)).toBe(300);
    expect(overlapMinutes(9 * 60, 480, 18 * 60, 120)).toBe(0);
  });

  it("places the candidate's 09:00–17:00 in UTC", () => {
    expect(candidateDayStartUtc(60)).toBe(8 * 60); // Berlin in winter
    expect(candidateDayStartUtc(-8 * 60)).toBe(17 * 60); // Pacific
    expect(candidateDayStartUtc(13 * 60)).toBe(20 * 60); // Auckland in summer: 20:00 UTC the day before
  });
});

describe("assessEligibility", () => {
  it("is eligible worldwide, by a region containing the country, or by the country named", () => {
    expect(assessEligibility(rules({ worldwide: true }), berlinWinter, regions).verdict).toBe("eligible");
    const byRegion = assessEligibility(rules({ eligibleRegions: ["eu"] }), berlinWinter, regions);
    expect(byRegion.verdict).toBe("eligible");
    expect(byRegion.country.reason).toBe("Germany is part of European Union, where the role is open.");
    expect(assessEligibility(rules({ eligibleCountries: ["DE"] }), berlinWinter, regions).verdict).toBe("eligible");
  });

  it("is not eligible when neither a region nor the list includes the country", () => {
    const result = assessEligibility(rules({ eligibleRegions: ["americas"], eligibleCountries: ["GB"] }), berlinWinter, regions);
    expect(result.verdict).toBe("not_eligible");
    expect(result.country.reason).toBe("The role is not open to candidates in Germany.");
  });

  it("judges timezone overlap against the required hours, across midnight", () => {
    // Window 05:00–13:00 UTC needs 4 h; Berlin's day is 08:00–16:00 UTC: 5 h shared.
    const enough = assessEligibility(
      rules({ worldwide: true, tzWindowStartUtc: 300, tzWindowEndUtc: 780, tzRequiredOverlapHours: 4 }),
      berlinWinter,
      regions,
    );
    expect(enough.verdict).toBe("eligible");
    expect(enough.timezone.reason).toContain("5 hours");
    // Window 14:00–02:00 UTC (crosses midnight) needs 4 h; Berlin shares 14:00–16:00: partial, so check.
    const partial = assessEligibility(
      rules({ worldwide: true, tzWindowStartUtc: 840, tzWindowEndUtc: 120, tzRequiredOverlapHours: 4 }),
      berlinWinter,
      regions,
    );
    expect(partial.verdict).toBe("check");
    expect(partial.timezone.reason).toContain("only 2 hours");
    // Window 22:00–04:00 UTC needs 2 h; no overlap at all with Berlin's day.
    const none = assessEligibility(
      rules({ worldwide: true, tzWindowStartUtc: 1320, tzWindowEndUtc: 240, tzRequiredOverlapHours: 2 }),
      berlinWinter,
      regions,
    );
    expect(none.verdict).toBe("not_eligible");
    // The same window suits Auckland (UTC+13): 09:00–17:00 there is 20:00–04:00 UTC.
    const auckland = { country: "NZ", utcOffsetMinutes: 13 * 60, workAuthorizations: [] };
    expect(
      assessEligibility(
        rules({ worldwide: true, tzWindowStartUtc: 1320, tzWindowEndUtc: 240, tzRequiredOverlapHours: 2 }),
        auckland,
        regions,
      ).timezone.verdict,
    ).toBe("eligible");
  });

  it("asks to check work authorisation: visa needed, sponsored or not", () => {
    const needsVisa = { country: "DE", utcOffsetMinutes: 60, workAuthorizations: ["DE"] };
    const us = rules({ eligibleCountries: ["US"], visaPolicy: "MUST_HAVE_AUTHORIZATION" });
    expect(assessEligibility(us, { ...needsVisa, country: "US" }, regions).authorisation.verdict).toBe("check");
    expect(assessEligibility(us, { ...needsVisa, country: "US", workAuthorizations: ["US"] }, regions).verdict).toBe("eligible");
    const sponsor = assessEligibility(
      rules({ eligibleCountries: ["US"], visaPolicy: "WILL_SPONSOR" }),
      { ...needsVisa, country: "US" },
      regions,
    );
    expect(sponsor.verdict).toBe("check");
    expect(sponsor.authorisation.reason).toBe("You may need a visa or work permit; the company sponsors one.");
  });

  it("asks for the profile's country and timezone when they are missing", () => {
    const unknown = { country: null, utcOffsetMinutes: null, workAuthorizations: [] };
    const result = assessEligibility(
      rules({ eligibleCountries: ["DE"], tzWindowStartUtc: 480, tzWindowEndUtc: 960, tzRequiredOverlapHours: 3 }),
      unknown,
      regions,
    );
    expect(result.verdict).toBe("check");
    expect(result.country.reason).toMatch(/Add your country/);
    expect(result.timezone.reason).toMatch(/Add your timezone/);
  });
});

describe("matchesEligibilityFilter", () => {
  it("keeps listings whose country and timezone rules pass, whatever the visa policy", () => {
    const listing = rules({
      eligibleRegions: ["eu"],
      tzWindowStartUtc: 420,
      tzWindowEndUtc: 960,
      tzRequiredOverlapHours: 4,
      visaPolicy: "MUST_HAVE_AUTHORIZATION",
    });
    expect(matchesEligibilityFilter(listing, { country: "PT", utcOffsetMinutes: 0 }, regions)).toBe(true);
    expect(matchesEligibilityFilter(listing, { country: "US", utcOffsetMinutes: 0 }, regions)).toBe(false);
    expect(matchesEligibilityFilter(listing, { country: null, utcOffsetMinutes: -8 * 60 }, regions)).toBe(false);
    expect(matchesEligibilityFilter(listing, { country: null, utcOffsetMinutes: null }, regions)).toBe(true);
  });
});
