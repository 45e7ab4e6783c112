import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import {
  formatAnnualUsd,
  formatPay,
  normalisePay,
  PERIODS_PER_YEAR,
  SUPPORTED_CURRENCIES,
  toAnnualUsd,
  USD_PER_UNIT,
} from "@/lib/pay";
import { currencySchema, payRangeSchema } from "@/lib/schemas/pay";

const NBSP = "\u00a0";

describe("period rules", () => {
  it("counts 12 months, 220 working days and 1,760 working hours in a year", () => {
    expect(PERIODS_PER_YEAR).toEqual({ YEAR: 1, MONTH: 12, DAY: 220, HOUR: 1760 });
  });
});

describe("exchange-rate table", () => {
  it("covers the fifteen supported currencies, each with a positive rate", () => {
    expect([...SUPPORTED_CURRENCIES].sort()).toEqual([
      "AUD",
      "BRL",
      "CAD",
      "CHF",
      "DKK",
      "EUR",
      "GBP",
      "INR",
      "JPY",
      "NOK",
      "NZD",
      "PLN",
      "SEK",
      "SGD",
      "USD",
    ]);
    for (const code of SUPPORTED_CURRENCIES) expect(USD_PER_UNIT[code]).toBeGreaterThan(0);
    expect(USD_PER_UNIT.USD).toBe(1);
  });
});

describe("toAnnualUsd", () => {
  it.each([
    // amount, currency, period, expected (worked by hand from the table: EUR 1.16, GBP 1.33, CAD 0.72, JPY 0.0067, INR 0.0115)
    [200_000, "USD", "YEAR", 200_000],
    [16_000, "USD", "MONTH", 192_000], // 16,000 × 12
    [1_000, "USD", "DAY", 220_000], // 1,000 × 220
    [100, "USD", "HOUR", 176_000], // 100 × 1,760
    [95, "EUR", "HOUR", 193_952], // 95 × 1,760 = 167,200; × 1.16
    [120, "EUR", "HOUR", 244_992], // 211,200 × 1.16
    [150_000, "GBP", "YEAR", 199_500], // × 1.33
    [250_000, "CAD", "YEAR", 180_000], // × 0.72
    [900, "GBP", "DAY", 263_340], // 900 × 220 = 198,000; × 1.33
    [30_000_000, "JPY", "YEAR", 201_000], // × 0.0067
    [5_000_000, "INR", "YEAR", 57_500], // × 0.0115
  ] as const)("%d %s per %s is $%d a year", (amount, currency, period, expected) => {
    expect(toAnnualUsd(amount, currency, period)).toBe(expected);
  });

  it("rounds to whole dollars, halves upwards", () => {
    expect(toAnnualUsd(0.5, "USD", "YEAR")).toBe(1);
    expect(toAnnualUsd(10, "AUD", "YEAR")).toBe(7); // 6.55
    expect(toAnnualUsd(10, "DKK", "YEAR")).toBe(2); // 1.55
    expect(toAnnualUsd(1, "SEK", "YEAR")).toBe(0); // 0.105
  });

  it("refuses a currency that is not in the table", () => {
    expect(() => toAnnualUsd(100_000, "XYZ", "YEAR")).toThrow(ValidationError);
    expect(() => toAnnualUsd(100_000, "XYZ", "YEAR")).toThrow(/XYZ is not a supported currency/);
    expect(() => toAnnualUsd(100_000, "usd", "YEAR")).toThrow(ValidationError);
  });

  it("refuses negative, non-finite and overflowing amounts", () => {
    expect(() => toAnnualUsd(-1, "USD", "YEAR")).toThrow(ValidationError);
    expect(() => toAnnualUsd(Number.NaN, "USD", "YEAR")).toThrow(ValidationError);
    expect(() => toAnnualUsd(2_000_000, "USD", "HOUR")).toThrow(/too large/); // 3.52 billion
  });
});

describe("normalisePay", () => {
  it("converts both ends of the range", () => {
    expect(normalisePay({ salaryMin: 95, salaryMax: 120, salaryCurrency: "EUR", salaryPeriod: "HOUR" })).toEqual({
      annualUsdMin: 193_952,
      annualUsdMax: 244_992,
    });
    expect(normalisePay({ salaryMin: 15_000, salaryMax: 18_000, salaryCurrency: "USD", salaryPeriod: "MONTH" })).toEqual({
      annualUsdMin: 180_000,
      annualUsdMax: 216_000,
    });
  });

  it("refuses a minimum above the maximum, naming the field", () => {
    try {
      normalisePay({ salaryMin: 200_000, salaryMax: 150_000, salaryCurrency: "USD", salaryPeriod: "YEAR" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors.salaryMax).toBeDefined();
    }
  });

  it("refuses an unknown currency against the currency field", () => {
    try {
      normalisePay({ salaryMin: 1, salaryMax: 2, salaryCurrency: "ABC", salaryPeriod: "YEAR" });
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).fieldErrors.salaryCurrency).toBeDefined();
    }
  });
});

describe("formatPay", () => {
  it("writes ranges with the currency's symbol and the period in words", () => {
    expect(formatPay({ salaryMin: 190_000, salaryMax: 240_000, salaryCurrency: "USD", salaryPeriod: "YEAR" })).toBe(
      "$190,000 – $240,000 a year",
    );
    expect(formatPay({ salaryMin: 95, salaryMax: 120, salaryCurrency: "EUR", salaryPeriod: "HOUR" })).toBe("€95 – €120 an hour");
    expect(formatPay({ salaryMin: 12_500, salaryMax: 14_000, salaryCurrency: "GBP", salaryPeriod: "MONTH" })).toBe(
      "£12,500 – £14,000 a month",
    );
    expect(formatPay({ salaryMin: 250_000, salaryMax: 300_000, salaryCurrency: "CAD", salaryPeriod: "YEAR" })).toBe(
      "CA$250,000 – CA$300,000 a year",
    );
    expect(formatPay({ salaryMin: 900, salaryMax: 1_100, salaryCurrency: "CHF", salaryPeriod: "DAY" })).toBe(
      `CHF${NBSP}900 – CHF${NBSP}1,100 a day`,
    );
  });

  it("writes one figure when the range is a single amount", () => {
    expect(formatPay({ salaryMin: 200_000, salaryMax: 200_000, salaryCurrency: "USD", salaryPeriod: "YEAR" })).toBe(
      "$200,000 a year",
    );
  });

  it("formats normalised pay as US dollars a year", () => {
    expect(formatAnnualUsd({ annualUsdMin: 193_952, annualUsdMax: 244_992 })).toBe("$193,952 – $244,992 a year");
  });

  it("refuses an unknown currency", () => {
    expect(() => formatPay({ salaryMin: 1, salaryMax: 2, salaryCurrency: "XYZ", salaryPeriod: "YEAR" })).toThrow(ValidationError);
  });
});

describe("pay schemas", () => {
  it("accepts a supported currency in any case and refuses others", () => {
    expect(currencySchema.parse(" eur ")).toBe("EUR");
    expect(currencySchema.safeParse("XYZ").success).toBe(false);
    expect(currencySchema.safeParse("").success).toBe(false);
  });

  it("coerces form strings and checks the range", () => {
    const ok = payRangeSchema.safeParse({
      salaryMin: "190000",
      salaryMax: "240000",
      salaryCurrency: "usd",
      salaryPeriod: "YEAR",
    });
    expect(ok.success && ok.data).toEqual({
      salaryMin: 190_000,
      salaryMax: 240_000,
      salaryCurrency: "USD",
      salaryPeriod: "YEAR",
    });

    const reversed = payRangeSchema.safeParse({
      salaryMin: 240_000,
      salaryMax: 190_000,
      salaryCurrency: "USD",
      salaryPeriod: "YEAR",
    });
    expect(reversed.success).toBe(false);
    expect(reversed.error?.issues[0]?.path).toEqual(["salaryMax"]);

    expect(payRangeSchema.safeParse({ salaryMin: 0, salaryMax: 10, salaryCurrency: "USD", salaryPeriod: "YEAR" }).success).toBe(
      false,
    );
    expect(payRangeSchema.safeParse({ salaryMin: 10, salaryMax: 20, salaryCurrency: "USD", salaryPeriod: "WEEK" }).success).toBe(
      false,
    );
    expect(
      payRangeSchema.safeParse({ salaryMin: 1_500_000, salaryMax: 2_000_000, salaryCurrency: "USD", salaryPeriod: "HOUR" })
        .success,
    ).toBe(false);
  });
});
