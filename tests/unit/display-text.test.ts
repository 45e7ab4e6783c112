import { describe, expect, it } from "vitest";
import { eligibilitySummary } from "@/lib/eligibility-text";
import { agoPhrase, daysBetween, formatDate, listText, plural, relativeDays } from "@/lib/format";
import { formatUtcMinutes, overlapText, windowSummary, windowText } from "@/lib/timezones";

const now = new Date("2026-11-28T12:00:00Z");
const daysAgo = (n: number, extraHours = 0) => new Date(now.getTime() - n * 86_400_000 - extraHours * 3_600_000);

describe("relative dates", () => {
  it("counts whole days and never goes negative", () => {
    expect(daysBetween(daysAgo(3, 5), now)).toBe(3);
    expect(daysBetween(new Date(now.getTime() + 86_400_000), now)).toBe(0);
  });

  it("reads like a person would say it", () => {
    expect(relativeDays(daysAgo(0, 3), now)).toBe("today");
    expect(relativeDays(daysAgo(1), now)).toBe("yesterday");
    expect(relativeDays(daysAgo(6), now)).toBe("6 days ago");
    expect(relativeDays(daysAgo(21), now)).toBe("3 weeks ago");
    expect(relativeDays(daysAgo(90), now)).toBe("3 months ago");
    expect(relativeDays(daysAgo(400), now)).toBe("over a year ago");
    expect(agoPhrase("confirmed", daysAgo(2), now)).toBe("confirmed 2 days ago");
  });

  it("formats calendar dates in UTC", () => {
    expect(formatDate(new Date("2026-12-31T23:30:00Z"))).toBe("31 Dec 2026");
  });

  it("pluralises and joins lists", () => {
    expect(plural(1, "role")).toBe("1 role");
    expect(plural(2, "country", "countries")).toBe("2 countries");
    expect(listText(["Go", "Kafka", "PostgreSQL"])).toBe("Go, Kafka, and PostgreSQL");
  });
});

describe("timezone windows", () => {
  const w = (start: number | null, end: number | null, overlap = 0) => ({
    tzWindowStartUtc: start,
    tzWindowEndUtc: end,
    tzRequiredOverlapHours: overlap,
  });

  it("renders UTC minutes as a 24-hour clock", () => {
    expect(formatUtcMinutes(0)).toBe("00:00");
    expect(formatUtcMinutes(570)).toBe("09:30");
    expect(formatUtcMinutes(1439)).toBe("23:59");
  });

  it("describes a window, one that crosses midnight, and none", () => {
    expect(windowText(w(420, 960))).toBe("07:00–16:00 UTC");
    expect(windowText(w(1320, 120))).toBe("22:00–02:00 UTC (crosses midnight)");
    expect(windowText(w(null, null))).toBeNull();
  });

  it("mentions the required overlap only when there is one", () => {
    expect(overlapText(w(420, 960, 4))).toBe("at least 4 hours of overlap");
    expect(overlapText(w(420, 960, 1))).toBe("at least 1 hour of overlap");
    expect(overlapText(w(420, 960, 0))).toBeNull();
    expect(windowSummary(w(420, 960, 4))).toBe("07:00–16:00 UTC · 4h overlap");
    expect(windowSummary(w(null, null))).toBe("Any timezone");
  });
});

describe("eligibility text", () => {
  const names = new Map([
    ["eu", "European Union"],
    ["americas", "Americas"],
  ]);

  it("says Worldwide whatever else is set", () => {
    expect(eligibilitySummary({ worldwide: true, eligibleRegions: ["eu"], eligibleCountries: ["US"] }, names)).toBe("Worldwide");
  });

  it("abbreviates short region codes and names long ones, then lists countries", () => {
    expect(eligibilitySummary({ worldwide: false, eligibleRegions: ["eu", "uk"], eligibleCountries: [] }, names)).toBe("EU, UK");
    expect(eligibilitySummary({ worldwide: false, eligibleRegions: ["americas"], eligibleCountries: ["gb"] }, names)).toBe(
      "Americas, GB",
    );
    expect(eligibilitySummary({ worldwide: false, eligibleRegions: [], eligibleCountries: ["US", "CA"] }, names)).toBe("US, CA");
  });

  it("keeps long country lists short on cards", () => {
    const summary = eligibilitySummary(
      { worldwide: false, eligibleRegions: [], eligibleCountries: ["US", "CA", "MX", "BR", "AR", "CL"] },
      names,
    );
    expect(summary).toBe("US, CA, MX, +3 more");
  });
});
