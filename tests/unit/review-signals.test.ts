import { describe, expect, it } from "vitest";
import { reviewSignals } from "@/lib/review-signals";

const now = new Date("2026-11-28T12:00:00Z");
const base = {
  annualUsdMin: 200_000,
  annualUsdMax: 260_000,
  description: "Own the event-driven architecture of our ledger.",
  companyCreatedAt: new Date("2025-01-01T00:00:00Z"),
  duplicateTitle: false,
  now,
};

describe("reviewSignals", () => {
  it("raises nothing for an ordinary listing", () => {
    expect(reviewSignals(base)).toEqual([]);
  });

  it("flags duplicates, wide or implausible pay, links and new employers", () => {
    expect(reviewSignals({ ...base, duplicateTitle: true }).map((s) => s.kind)).toEqual(["duplicate"]);
    expect(reviewSignals({ ...base, annualUsdMax: 300_001 }).map((s) => s.kind)).toEqual(["pay"]);
    expect(reviewSignals({ ...base, annualUsdMin: 20_000 }).map((s) => s.kind)).toEqual(["pay"]);
    expect(reviewSignals({ ...base, description: "Apply at http://a.test and https://b.test" })[0]?.message).toContain(
      "2 external links",
    );
    expect(reviewSignals({ ...base, companyCreatedAt: new Date("2026-11-20T00:00:00Z") }).map((s) => s.kind)).toEqual([
      "new-employer",
    ]);
  });

  it("a range of exactly 1.5x its minimum is not flagged", () => {
    expect(reviewSignals({ ...base, annualUsdMax: 300_000 })).toEqual([]);
  });
});
