// Fixed reference exchange rates to US dollars, committed with the code on purpose.
//
// Backplane compares listings paid in different currencies by converting them to annual USD.
// Those numbers feed filters, sorting and salary bands, so they must not move when a rate feed
// moves: a listing's normalised pay changes only when its stated pay changes (or when these
// reference values are deliberately revised in a commit, followed by a re-normalisation).
// They are rounded mid-market values, NOT live rates, and must not be used for payroll or invoices.

export const EXCHANGE_RATES_AS_OF = "2026-11-02";

export const SUPPORTED_CURRENCIES = [
  "USD",
  "EUR",
  "GBP",
  "CAD",
  "AUD",
  "CHF",
  "SEK",
  "NOK",
  "DKK",
  "PLN",
  "INR",
  "BRL",
  "SGD",
  "JPY",
  "NZD",
] as const;

export type CurrencyCode = (typeof SUPPORTED_CURRENCIES)[number];

/** US dollars for one unit of each currency. */
export const USD_PER_UNIT: Readonly<Record<CurrencyCode, number>> = {
  USD: 1,
  EUR: 1.16,
  GBP: 1.33,
  CAD: 0.72,
  AUD: 0.655,
  CHF: 1.25,
  SEK: 0.105,
  NOK: 0.099,
  DKK: 0.155,
  PLN: 0.273,
  INR: 0.0115,
  BRL: 0.185,
  SGD: 0.775,
  JPY: 0.0067,
  NZD: 0.59,
};

/**
 * The same rates in millionths of a dollar. Conversions multiply integers and divide once at the
 * end, so 95 × 1,760 × 1.16 rounds the way a person computing it by hand would, with no float drift.
 */
export const MICRO_USD_PER_UNIT: Readonly<Record<CurrencyCode, number>> = Object.fromEntries(
  SUPPORTED_CURRENCIES.map((code) => [code, Math.round(USD_PER_UNIT[code] * 1_000_000)]),
) as Record<CurrencyCode, number>;

export function isSupportedCurrency(code: string): code is CurrencyCode {
  return (SUPPORTED_CURRENCIES as readonly string[]).includes(code);
}
