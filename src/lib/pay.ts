import type { SalaryPeriod } from "@/generated/prisma/enums";
import { ValidationError } from "@/lib/errors";
import { isSupportedCurrency, MICRO_USD_PER_UNIT, type CurrencyCode } from "@/lib/exchange-rates";

export { EXCHANGE_RATES_AS_OF, SUPPORTED_CURRENCIES, USD_PER_UNIT, isSupportedCurrency } from "@/lib/exchange-rates";
export type { CurrencyCode } from "@/lib/exchange-rates";

// Pay normalisation: every listing's stated pay (amount, currency, period) becomes annual US dollars,
// stored beside it (Listing.annualUsdMin/Max) and rewritten with every pay change. Pure: no database.
//
// Period rules. A full-time year is taken as 44 working weeks of 5 days and 40 hours: 52 weeks minus
// about 8 for public holidays, paid leave and the gaps between contracts that day and hour rates
// usually price in. Using the same 44 weeks for both keeps a day rate and an hour rate for the same
// work consistent (8 hours × 220 days = 1,760 hours). A monthly figure is simply twelve months.
export const WORKING_WEEKS_PER_YEAR = 44;
export const WORKING_DAYS_PER_YEAR = WORKING_WEEKS_PER_YEAR * 5; // 220
export const WORKING_HOURS_PER_YEAR = WORKING_WEEKS_PER_YEAR * 40; // 1,760

export const PAY_PERIODS = ["YEAR", "MONTH", "DAY", "HOUR"] as const satisfies readonly SalaryPeriod[];
export type PayPeriod = (typeof PAY_PERIODS)[number];

/** How many of each period make one year. */
export const PERIODS_PER_YEAR: Readonly<Record<PayPeriod, number>> = {
  YEAR: 1,
  MONTH: 12,
  DAY: WORKING_DAYS_PER_YEAR,
  HOUR: WORKING_HOURS_PER_YEAR,
};

/** Words after an amount ("$95 an hour"). */
const PERIOD_PHRASES: Readonly<Record<PayPeriod, string>> = {
  YEAR: "a year",
  MONTH: "a month",
  DAY: "a day",
  HOUR: "an hour",
};

/** One sentence the UI can show wherever normalised pay appears. */
export const PAY_NORMALISATION_NOTE =
  `Pay is converted to US dollars a year: monthly × 12, daily × ${WORKING_DAYS_PER_YEAR} working days, ` +
  `hourly × ${WORKING_HOURS_PER_YEAR.toLocaleString("en-US")} hours (40 hours × ${WORKING_WEEKS_PER_YEAR} weeks), ` +
  `at fixed reference exchange rates, not live ones.`;

/** The columns hold 32-bit integers; anything above this is a typo, not a salary. */
export const MAX_ANNUAL_USD = 2_147_483_647;

export type StatedPay = {
  salaryMin: number;
  salaryMax: number;
  salaryCurrency: string;
  salaryPeriod: PayPeriod;
};

export type NormalisedPay = { annualUsdMin: number; annualUsdMax: number };

function refuse(message: string, field?: string): never {
  throw new ValidationError(message, field ? { [field]: [message] } : {});
}

function convert(amount: number, currency: string, period: PayPeriod, field?: string): number {
  if (!isSupportedCurrency(currency)) {
    refuse(`${currency || "That currency"} is not a supported currency.`, field ? "salaryCurrency" : undefined);
  }
  if (!Number.isFinite(amount) || amount < 0) refuse("Pay must be a positive amount.", field);
  const perYear = PERIODS_PER_YEAR[period];
  if (perYear === undefined) refuse(`${String(period)} is not a pay period.`, field ? "salaryPeriod" : undefined);

  // Integer arithmetic in BigInt: cents × periods × micro-dollars, then one half-up rounding to dollars.
  const cents = BigInt(Math.round(amount * 100));
  const scaled = cents * BigInt(perYear) * BigInt(MICRO_USD_PER_UNIT[currency]);
  const dollars = (scaled + 50_000_000n) / 100_000_000n;
  if (dollars > BigInt(MAX_ANNUAL_USD)) refuse("That amount is too large.", field);
  return Number(dollars);
}

/** One amount in annual US dollars, rounded half-up to whole dollars. Refuses unknown currencies. */
export function toAnnualUsd(amount: number, currency: string, period: PayPeriod): number {
  return convert(amount, currency, period);
}

/** A stated range in annual US dollars. Refuses an unknown currency and a minimum above the maximum. */
export function normalisePay(pay: StatedPay): NormalisedPay {
  if (pay.salaryMin > pay.salaryMax) refuse("The minimum cannot be more than the maximum.", "salaryMax");
  return {
    annualUsdMin: convert(pay.salaryMin, pay.salaryCurrency, pay.salaryPeriod, "salaryMin"),
    annualUsdMax: convert(pay.salaryMax, pay.salaryCurrency, pay.salaryPeriod, "salaryMax"),
  };
}

const formatters = new Map<string, Intl.NumberFormat>();

function money(amount: number, currency: CurrencyCode, locale: string): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  const key = `${locale}|${currency}|${digits}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, format);
  }
  return format.format(amount);
}

/** "$190,000 – $240,000 a year", "€95 – €120 an hour"; a single figure when min equals max. */
export function formatPay(pay: StatedPay, locale = "en-US"): string {
  const currency = pay.salaryCurrency;
  if (!isSupportedCurrency(currency)) refuse(`${currency || "That currency"} is not a supported currency.`);
  const low = money(pay.salaryMin, currency, locale);
  const range = pay.salaryMin === pay.salaryMax ? low : `${low} – ${money(pay.salaryMax, currency, locale)}`;
  return `${range} ${PERIOD_PHRASES[pay.salaryPeriod]}`;
}

/** Normalised pay for display: "$190,000 – $240,000 a year". */
export function formatAnnualUsd(pay: NormalisedPay, locale = "en-US"): string {
  return formatPay(
    { salaryMin: pay.annualUsdMin, salaryMax: pay.annualUsdMax, salaryCurrency: "USD", salaryPeriod: "YEAR" },
    locale,
  );
}
