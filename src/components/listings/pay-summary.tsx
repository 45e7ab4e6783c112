import { Card } from "@/components/ui";
import { PAY_NORMALISATION_NOTE, formatAnnualUsd, formatPay, type StatedPay } from "@/lib/pay";
import { FactList } from "./fact-list";

type Props = StatedPay & {
  annualUsdMin: number;
  annualUsdMax: number;
  equity: string | null;
  bonus: string | null;
};

/** Pay as the employer stated it, with the annual-USD figure beside it when the two differ. */
export function PaySummary(pay: Props) {
  const converted = pay.salaryCurrency !== "USD" || pay.salaryPeriod !== "YEAR";
  const facts = [
    ...(pay.equity ? [{ label: "Equity", value: pay.equity }] : []),
    ...(pay.bonus ? [{ label: "Bonus", value: pay.bonus }] : []),
  ];
  return (
    <Card as="section" aria-labelledby="pay-heading">
      <h2 id="pay-heading" className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
        Pay
      </h2>
      <div className="mt-2 flex flex-col gap-x-6 gap-y-1 sm:flex-row sm:flex-wrap sm:items-baseline">
        <p className="text-2xl font-bold text-ink">{formatPay(pay)}</p>
        {converted ? (
          <p className="text-ink-muted">
            ≈ {formatAnnualUsd(pay)} <span className="whitespace-nowrap">in US dollars</span>
          </p>
        ) : null}
      </div>
      {converted ? <p className="mt-2 text-xs text-ink-muted">{PAY_NORMALISATION_NOTE}</p> : null}
      {facts.length > 0 ? <FactList facts={facts} className="mt-4 border-t border-line pt-4" /> : null}
    </Card>
  );
}
