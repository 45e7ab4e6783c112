import type { CompanySize, EngagementModel } from "@/generated/prisma/enums";
import { normalisePay, PERIODS_PER_YEAR, USD_PER_UNIT, type CurrencyCode, type NormalisedPay, type PayPeriod } from "@/lib/pay";
import { payRangeSchema } from "@/lib/schemas/pay";
import type { PayTier } from "./companies";
import type { Eligibility } from "./eligibility";
import type { LevelSlug } from "./levels";
import type { Random } from "./random";

// Seeded pay, shaped after the seed document: typical remote backend architect pay of roughly
// $190k-$290k, $350k-$550k at top-tier companies running very large distributed systems, a premium
// in fintech, healthcare and infrastructure, less for senior engineers and more for principals and
// heads of backend. Ranges are mostly no wider than 1.4 × the minimum.

/** Lowest and highest annual USD minimum for a standard-tier, non-premium, US-paid listing. */
const LEVEL_MIN_USD: Record<LevelSlug, [number, number]> = {
  senior: [140_000, 170_000],
  staff: [175_000, 215_000],
  principal: [210_000, 260_000],
  head: [225_000, 285_000],
};
const TIER_FACTOR: Record<PayTier, number> = { standard: 1, strong: 1.08, top: 1.4 };
const PREMIUM_FACTOR = 1.1;
const TOP_OF_MARKET_USD = 550_000;
/** Local markets pay somewhat less than US ones, even for remote roles. */
const ZONE_FACTOR: Partial<Record<Eligibility["zone"], number>> = {
  latam: 0.75,
  europe: 0.85,
  uk: 0.88,
  emea: 0.85,
  "apac-asia": 0.8,
  india: 0.6,
};

const roundTo = (value: number, step: number) => Math.max(step, Math.round(value / step) * step);

export type SeedPay = {
  salaryMin: number;
  salaryMax: number;
  salaryCurrency: CurrencyCode;
  salaryPeriod: PayPeriod;
  equity: string | null;
  bonus: string | null;
} & NormalisedPay;

function currencyFor(eligibility: Eligibility, random: Random): CurrencyCode {
  if (eligibility.worldwide) return "USD";
  const only = (code: string) =>
    eligibility.regions.length === 0 && eligibility.countries.length === 1 && eligibility.countries[0] === code;
  if (only("CA")) return "CAD";
  if (only("PL")) return random.chance(0.6) ? "PLN" : "EUR";
  if (only("IN")) return random.chance(0.7) ? "INR" : "USD";
  if (only("GB") || eligibility.zone === "uk") return random.chance(0.8) ? "GBP" : "USD";
  if (eligibility.countries.includes("SE") && eligibility.regions.length === 0) {
    const nordic: Record<string, CurrencyCode> = { SE: "SEK", NO: "NOK", DK: "DKK", FI: "EUR" };
    return random.pick(eligibility.countries.map((c) => nordic[c] ?? "EUR"));
  }
  if (eligibility.countries.includes("SG") && eligibility.regions.length === 0) return random.chance(0.5) ? "SGD" : "USD";
  if (eligibility.zone === "apac-au")
    return random.weighted<CurrencyCode>([
      ["AUD", 4],
      ["USD", 4],
      ["NZD", 1],
    ]);
  if (eligibility.zone === "latam") return random.chance(0.2) ? "BRL" : "USD";
  if (eligibility.zone === "europe" || eligibility.zone === "emea") {
    if (eligibility.countries.includes("CH") && random.chance(0.3)) return "CHF";
    return random.chance(0.65) ? "EUR" : "USD";
  }
  return "USD";
}

function periodFor(engagement: EngagementModel, random: Random): PayPeriod {
  if (engagement === "CONTRACTOR")
    return random.weighted<PayPeriod>([
      ["HOUR", 5],
      ["DAY", 2],
      ["MONTH", 2],
    ]);
  if (engagement === "EMPLOYER_OF_RECORD" && random.chance(0.1)) return "MONTH";
  return "YEAR";
}

/** A round amount in the stated currency and period for an annual USD figure. */
function stated(annualUsd: number, currency: CurrencyCode, period: PayPeriod): number {
  const local = annualUsd / PERIODS_PER_YEAR[period] / USD_PER_UNIT[currency];
  const step = { YEAR: 1000, MONTH: 100, DAY: 10, HOUR: 1 }[period] * (local > 1_000_000 ? 100 : 1);
  return roundTo(local, step);
}

export type PayContext = {
  level: LevelSlug;
  tier: PayTier;
  premium: boolean;
  size: CompanySize;
  eligibility: Eligibility;
  engagement: EngagementModel;
};

export function generatePay(ctx: PayContext, random: Random): SeedPay {
  const [low, high] = LEVEL_MIN_USD[ctx.level];
  const factor = TIER_FACTOR[ctx.tier] * (ctx.premium ? PREMIUM_FACTOR : 1) * (ZONE_FACTOR[ctx.eligibility.zone] ?? 1);
  const minUsd = roundTo(random.int(low, high) * factor, 5_000);
  const spread = random.chance(0.08) ? 1.4 + random.next() * 0.15 : 1.15 + random.next() * 0.23;
  const maxUsd = Math.max(minUsd, Math.min(roundTo(minUsd * spread, 5_000), Math.max(TOP_OF_MARKET_USD, minUsd)));

  const salaryCurrency = currencyFor(ctx.eligibility, random);
  const salaryPeriod = periodFor(ctx.engagement, random);
  // The same schema the posting form uses: seeded pay must be pay an employer could have typed.
  const pay = payRangeSchema.parse({
    salaryMin: stated(minUsd, salaryCurrency, salaryPeriod),
    salaryMax: stated(maxUsd, salaryCurrency, salaryPeriod),
    salaryCurrency,
    salaryPeriod,
  });
  return { ...pay, ...normalisePay(pay), ...extras(ctx, random) };
}

function extras(ctx: PayContext, random: Random): Pick<SeedPay, "equity" | "bonus"> {
  if (ctx.engagement === "CONTRACTOR") return { equity: null, bonus: null };
  const startup = ctx.size === "SIZE_1_10" || ctx.size === "SIZE_11_50" || ctx.size === "SIZE_51_200";
  const equity = !random.chance(0.6)
    ? null
    : startup
      ? random.pick(["Stock options, 0.05%–0.20%, vesting over four years", "Stock options with a ten-year exercise window"])
      : random.pick(["Restricted stock units vesting quarterly over four years", "Equity grant refreshed every year"]);
  const bonus = !random.chance(0.35)
    ? null
    : ctx.level === "head"
      ? "Annual bonus of up to 20% of base"
      : random.pick(["Annual bonus of up to 10% of base", "Annual bonus of up to 15% of base"]);
  return { equity, bonus };
}
