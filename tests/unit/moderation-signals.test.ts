import { describe, expect, it } from "vitest";
import { contentSignals, historySignals, payBandSignal, registrableDomain } from "@/lib/moderation-signals";

// The review queue's scam and quality signals (issue 12), each rule on crafted text and numbers.

const ordinary =
  "Own the event-driven architecture of our ledger. Apply through Backplane; see https://acme.io/engineering for our stack.";

describe("content signals", () => {
  it("raise nothing for an ordinary listing linking to the company's own site", () => {
    expect(contentSignals(ordinary, "https://www.acme.io")).toEqual([]);
    expect(contentSignals("Read https://careers.acme.io/team first.", "acme.io")).toEqual([]);
  });

  it("name link domains that are not the company's", () => {
    const [signal] = contentSignals(
      "Apply at https://forms.gle/abc or https://bit.ly/x and https://acme.io/jobs",
      "https://acme.io",
    );
    expect(signal).toEqual({ kind: "links", message: "Links to bit.ly, forms.gle, not the company's own acme.io." });
  });

  it("compare two-part public suffixes by their three labels", () => {
    expect(registrableDomain("https://jobs.acme.co.uk/x")).toBe("acme.co.uk");
    expect(contentSignals("See https://other.co.uk/jobs", "acme.co.uk")[0]?.message).toContain("other.co.uk");
    expect(registrableDomain("not a host")).toBeNull();
    expect(registrableDomain("localhost")).toBeNull();
  });

  it("say nothing about links when the company has no website to compare with", () => {
    expect(contentSignals("Apply at https://forms.gle/abc", null)).toEqual([]);
  });

  it.each([
    ["Message our recruiter on Telegram: @hiring_now", "Telegram"],
    ["Reach us at t.me/acmehiring", "Telegram"],
    ["Send your CV by WhatsApp to +1 555 0100", "WhatsApp"],
    ["Contact wa.me/15550100", "WhatsApp"],
    ["Write to <a href='mailto:hr@gmail.com'>us</a>", "a mailto link"],
  ])("flag off-platform contact: %s", (text, name) => {
    expect(contentSignals(text, null)).toEqual([{ kind: "contact", message: expect.stringContaining(name) }]);
  });

  it.each([
    ["A refundable deposit of $200 secures your laptop.", "a deposit"],
    ["There is a small training fee before onboarding.", "a fee"],
    ["We pay in USDT or gift cards.", "gift cards or crypto"],
    ["Send your bank account details and a scan of your passport.", "bank details, identity documents"],
    ["Include your social security number.", "a social security number"],
  ])("flag requests for money or documents: %s", (text, names) => {
    expect(contentSignals(text, null)).toEqual([{ kind: "payment-request", message: expect.stringContaining(names) }]);
  });

  it("do not mistake ordinary words for requests", () => {
    expect(contentSignals("Salary paid by direct deposit each month; we signal progress in weekly demos.", null)).toEqual([]);
  });
});

describe("pay against the band", () => {
  // p0..p100 rising by $1,000 from $100,000: p5 = $105,000, p95 = $195,000.
  const band = { quantilesUsd: Array.from({ length: 101 }, (_, i) => 100_000 + i * 1000), label: "Staff listings in Europe" };

  it("flags a midpoint below p5 or above p95, with the numbers, and nothing between", () => {
    expect(payBandSignal({ annualUsdMin: 90_000, annualUsdMax: 110_000 }, band)).toEqual({
      kind: "pay",
      message: "Pay midpoint $100,000 is below the 5th percentile ($105,000) of Staff listings in Europe.",
    });
    expect(payBandSignal({ annualUsdMin: 190_000, annualUsdMax: 210_000 }, band)?.message).toBe(
      "Pay midpoint $200,000 is above the 95th percentile ($195,000) of Staff listings in Europe.",
    );
    expect(payBandSignal({ annualUsdMin: 100_000, annualUsdMax: 110_000 }, band)).toBeNull(); // exactly p5
    expect(payBandSignal({ annualUsdMin: 190_000, annualUsdMax: 200_000 }, band)).toBeNull(); // exactly p95
  });

  it("says nothing without a published band", () => {
    expect(payBandSignal({ annualUsdMin: 1, annualUsdMax: 2 }, null)).toBeNull();
    expect(payBandSignal({ annualUsdMin: 1, annualUsdMax: 2 }, { quantilesUsd: [], label: "x" })).toBeNull();
  });
});

describe("company history", () => {
  it("mentions past suspensions and upheld or open reports", () => {
    expect(historySignals({ upheldReports: 0, openReports: 0, suspendedBefore: false })).toEqual([]);
    expect(historySignals({ upheldReports: 2, openReports: 1, suspendedBefore: true }).map((s) => s.message)).toEqual([
      "This company has been suspended before.",
      "Reports about this company's listings: 2 upheld, 1 open.",
    ]);
  });
});
