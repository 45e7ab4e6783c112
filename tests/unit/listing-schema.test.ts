import { describe, expect, it } from "vitest";
import { benefitsRequired, payRangeWarning } from "@/lib/pay-transparency";
import { listingSchema } from "@/lib/schemas/listing";
import { parseUtcTime, windowLength } from "@/lib/utc-time";

const valid = {
  title: "Principal backend architect",
  levelId: "clevel0000000000000000001",
  description: "x".repeat(200),
  salaryMin: "200000",
  salaryMax: "260000",
  salaryCurrency: "usd",
  salaryPeriod: "YEAR",
  eligibleCountries: "br",
  visaPolicy: "NOT_REQUIRED",
  engagementModel: "CONTRACTOR",
  skills: "cskill0000000000000000001",
};

describe("listing schema", () => {
  it("normalises form values: single values become lists, codes are upper-cased, blanks are absent", () => {
    const parsed = listingSchema.parse({
      ...valid,
      benefits: "  ",
      tzWindowStartUtc: "",
      tzWindowEndUtc: "",
      tzRequiredOverlapHours: "",
    });
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
    const parsed = listingSchema.parse({
      ...valid,
      skills: [valid.skills, valid.skills],
      tzWindowStartUtc: "22:30",
      tzWindowEndUtc: "06:00",
      tzRequiredOverlapHours: "7",
    });
    expect(parsed.skills).toEqual([valid.skills]);
    expect([parsed.tzWindowStartUtc, parsed.tzWindowEndUtc]).toEqual([22 * 60 + 30, 6 * 60]);
  });

  it("refuses an overlap longer than a window that crosses midnight", () => {
    const result = listingSchema.safeParse({
      ...valid,
      tzWindowStartUtc: "22:00",
      tzWindowEndUtc: "02:00",
      tzRequiredOverlapHours: "5",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(["tzRequiredOverlapHours"]);
  });

  it("asks for benefits only where a pay-transparency law applies", () => {
    expect(listingSchema.safeParse({ ...valid, eligibleCountries: "FR" }).error?.issues[0]?.path).toEqual(["benefits"]);
    expect(listingSchema.safeParse({ ...valid, worldwide: "on" }).error?.issues[0]?.path).toEqual(["benefits"]);
    expect(listingSchema.safeParse({ ...valid, eligibleCountries: ["GB", "CA"] }).success).toBe(true);
  });
});

describe("pay-transparency and time helpers", () => {
  it("warns about ranges wider than 1.5×, not at exactly 1.5×", () => {
    expect(payRangeWarning(100_000, 150_000)).toBeNull();
    expect(payRangeWarning(100_000, 150_001)).toMatch(/wide/);
  });

  it("knows which locations bring the laws in", () => {
    expect(benefitsRequired(false, ["US"])).toBe(true);
    expect(benefitsRequired(false, ["DE"])).toBe(true);
    expect(benefitsRequired(true, [])).toBe(true);
    expect(benefitsRequired(false, ["GB", "CH", "CA"])).toBe(false);
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
