import { describe, expect, it } from "vitest";
import { payRangeWarning } from "@/lib/pay-transparency";
import { listingSchema } from "@/lib/schemas/listing";
import { parseUtcTime, windowLength } from "@/lib/utc-time";
import { LISTING_INPUT_SKILL, listingInput } from "../setup/listing-input";

describe("listing schema", () => {
  it("normalises form values: single values become lists, codes are upper-cased, blanks are absent", () => {
    const parsed = listingSchema.parse(
      listingInput({
        benefits: "  ",
        tzWindowStartUtc: "",
        tzWindowEndUtc: "",
        tzRequiredOverlapHours: "",
      }),
    );
    expect(parsed).toMatchObject({
      salaryMin: 200_000,
      salaryCurrency: "USD",
      worldwide: false,
      eligibleRegions: [],
      eligibleCountries: ["BR"],
      skills: ["cskill0000000000000000001"],
      tzRequiredOverlapHours: 0,
    });
    expect(parsed.benefits).toBeUndefined();
    expect(parsed.tzWindowStartUtc).toBeUndefined();
  });

  it("de-duplicates repeated skills and stores a window as minutes after midnight UTC", () => {
    const parsed = listingSchema.parse(
      listingInput({
        skills: [LISTING_INPUT_SKILL, LISTING_INPUT_SKILL],
        tzWindowStartUtc: "22:30",
        tzWindowEndUtc: "06:00",
        tzRequiredOverlapHours: "7",
      }),
    );
    expect(parsed.skills).toEqual([LISTING_INPUT_SKILL]);
    expect([parsed.tzWindowStartUtc, parsed.tzWindowEndUtc]).toEqual([22 * 60 + 30, 6 * 60]);
  });

  it("refuses an overlap longer than a window that crosses midnight", () => {
    const result = listingSchema.safeParse(
      listingInput({
        tzWindowStartUtc: "22:00",
        tzWindowEndUtc: "02:00",
        tzRequiredOverlapHours: "5",
      }),
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(["tzRequiredOverlapHours"]);
  });

  it("reads states, provinces, the closing date and yes/no answers, refusing unknown codes and past dates", () => {
    const soon = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const parsed = listingSchema.parse(
      listingInput({
        eligibleCountries: ["US", "CA"],
        eligibleStates: ["co", "NY", "CO"],
        eligibleProvinces: "on",
        applicationsCloseOn: soon,
        aiScreening: "no",
        existingVacancy: "yes",
      }),
    );
    expect(parsed).toMatchObject({
      eligibleStates: ["CO", "NY"],
      eligibleProvinces: ["ON"],
      aiScreening: false,
      existingVacancy: true,
    });
    expect(parsed.applicationsCloseOn?.toISOString()).toBe(`${soon}T00:00:00.000Z`);
    expect(listingSchema.parse(listingInput({ aiScreening: "" })).aiScreening).toBeUndefined();

    const paths = (input: object) => listingSchema.safeParse(listingInput(input)).error?.issues.map((i) => i.path[0]);
    expect(paths({ eligibleStates: ["ZZ"] })).toEqual(["eligibleStates"]);
    expect(paths({ eligibleProvinces: ["CO"] })).toEqual(["eligibleProvinces"]);
    expect(paths({ applicationsCloseOn: "2020-01-01" })).toEqual(["applicationsCloseOn"]);
    expect(paths({ applicationsCloseOn: "2027-02-30" })).toEqual(["applicationsCloseOn"]);
    expect(paths({ applicationsCloseOn: "2099-01-01" })).toEqual(["applicationsCloseOn"]);
    expect(paths({ existingVacancy: "maybe" })).toEqual(["existingVacancy"]);
  });
});

describe("pay-transparency and time helpers", () => {
  it("warns about ranges wider than 1.5×, not at exactly 1.5×", () => {
    expect(payRangeWarning(100_000, 150_000)).toBeNull();
    expect(payRangeWarning(100_000, 150_001)).toMatch(/wide/);
  });

  it("parses 24-hour times and measures windows across midnight", () => {
    expect(parseUtcTime("09:05")).toBe(545);
    expect(parseUtcTime("9:05")).toBe(545);
    expect(parseUtcTime("23:59:00")).toBe(1439);
    expect(parseUtcTime("24:00")).toBeNull();
    expect(parseUtcTime("9am")).toBeNull();
    expect(windowLength(22 * 60, 2 * 60)).toBe(240);
    expect(windowLength(9 * 60, 17 * 60)).toBe(480);
  });
});
