// What a moderator should look at before deciding. Pure, so the rules are tested without a database.
export type ReviewSignal = {
  kind: "duplicate" | "pay" | "links" | "new-employer" | "new-account" | "unverified" | "contact" | "payment-request" | "history";
  message: string;
};

const NEW_EMPLOYER_DAYS = 14;
const PLAUSIBLE_ANNUAL_USD = { min: 40_000, max: 1_200_000 };

export function reviewSignals(input: {
  annualUsdMin: number;
  annualUsdMax: number;
  description: string;
  companyCreatedAt: Date;
  duplicateTitle: boolean;
  now?: Date;
}): ReviewSignal[] {
  const signals: ReviewSignal[] = [];
  const now = input.now ?? new Date();
  if (input.duplicateTitle) {
    signals.push({ kind: "duplicate", message: "Same company already has a live or pending listing with this title." });
  }
  if (input.annualUsdMin < PLAUSIBLE_ANNUAL_USD.min || input.annualUsdMax > PLAUSIBLE_ANNUAL_USD.max) {
    signals.push({ kind: "pay", message: "Pay normalises to an implausible annual amount for this role." });
  } else if (input.annualUsdMax > input.annualUsdMin * 1.5) {
    signals.push({ kind: "pay", message: "Pay range is wider than 1.5× its minimum." });
  }
  const links = input.description.match(/https?:\/\/\S+/gi)?.length ?? 0;
  if (links > 0)
    signals.push({ kind: "links", message: `Description contains ${links} external link${links === 1 ? "" : "s"}.` });
  const ageDays = (now.getTime() - input.companyCreatedAt.getTime()) / 86_400_000;
  if (ageDays < NEW_EMPLOYER_DAYS)
    signals.push({ kind: "new-employer", message: "Employer account is less than two weeks old." });
  return signals;
}
