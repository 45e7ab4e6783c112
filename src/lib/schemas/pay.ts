import { z } from "zod";
import { MAX_ANNUAL_USD, normalisePay, PAY_PERIODS, SUPPORTED_CURRENCIES } from "@/lib/pay";

// The pay fields of a listing, shared by the posting form, the public API and the seed.

export const currencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .pipe(z.enum(SUPPORTED_CURRENCIES, { error: `Choose one of: ${SUPPORTED_CURRENCIES.join(", ")}.` }));

export const salaryPeriodSchema = z.enum(PAY_PERIODS, { error: "Say whether the pay is per year, month, day or hour." });

/** Whole units of the stated currency, as the columns store them. */
const payAmountSchema = z.coerce
  .number({ error: "Enter an amount." })
  .int("Use a whole number, without decimals.")
  .positive("Enter an amount above zero.")
  .max(MAX_ANNUAL_USD, "That amount is too large.");

export const payRangeSchema = z
  .object({
    salaryMin: payAmountSchema,
    salaryMax: payAmountSchema,
    salaryCurrency: currencySchema,
    salaryPeriod: salaryPeriodSchema,
  })
  .superRefine((pay, ctx) => {
    if (pay.salaryMin > pay.salaryMax) {
      ctx.addIssue({ code: "custom", path: ["salaryMax"], message: "The maximum must be at least the minimum." });
      return;
    }
    try {
      normalisePay(pay);
    } catch {
      // Only reachable for amounts whose yearly USD value overflows the column.
      ctx.addIssue({ code: "custom", path: ["salaryMax"], message: "That amount is too large." });
    }
  });

export type PayRangeInput = z.input<typeof payRangeSchema>;
export type PayRange = z.output<typeof payRangeSchema>;
