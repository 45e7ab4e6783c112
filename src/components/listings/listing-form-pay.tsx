import { useState } from "react";
import { SelectField, TextField } from "@/components/ui";
import { echoedValue, fieldError, type FormState } from "@/lib/form-state";
import { salaryPeriodLabel } from "@/lib/labels";
import { PAY_PERIODS } from "@/lib/pay";
import { payRangeWarning } from "@/lib/pay-transparency";
import { ListingFormSection } from "./listing-form-section";
import type { ListingFormChoices } from "./listing-form-types";
import { BandPositionLive } from "./band-position-live";

const amount = (text: string | undefined) => {
  const n = Number((text ?? "").replace(/[\s,_]/g, ""));
  return Number.isInteger(n) && n > 0 ? n : null;
};

/**
 * Salary fields. A range wider than 1.5× is allowed; with JavaScript the warning appears here while
 * typing, and in every case it is shown again on the listings page after submission.
 */
export function ListingFormPay({ state, currencies }: { state: FormState; currencies: ListingFormChoices["currencies"] }) {
  const [range, setRange] = useState(() => ({ min: echoedValue(state, "salaryMin"), max: echoedValue(state, "salaryMax") }));
  const min = amount(range.min);
  const max = amount(range.max);
  const warning = min !== null && max !== null ? payRangeWarning(min, max) : null;

  return (
    <ListingFormSection
      id="section-pay"
      title="Pay"
      intro="A real range is required. Give whole amounts in the currency and period you pay in; we convert them to annual US dollars for comparison."
    >
      <div>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            name="salaryMin"
            label="Salary from"
            inputMode="numeric"
            autoComplete="off"
            required
            defaultValue={range.min}
            onChange={(e) => setRange((r) => ({ ...r, min: e.target.value }))}
            error={fieldError(state, "salaryMin")}
          />
          <TextField
            name="salaryMax"
            label="Salary to"
            inputMode="numeric"
            autoComplete="off"
            required
            defaultValue={range.max}
            onChange={(e) => setRange((r) => ({ ...r, max: e.target.value }))}
            error={fieldError(state, "salaryMax")}
          />
          <SelectField
            name="salaryCurrency"
            label="Currency"
            required
            options={currencies.map((c) => ({ value: c.code, label: c.label }))}
            defaultValue={echoedValue(state, "salaryCurrency") ?? "USD"}
            error={fieldError(state, "salaryCurrency")}
          />
          <SelectField
            name="salaryPeriod"
            label="Paid"
            required
            options={PAY_PERIODS.map((p) => ({ value: p, label: salaryPeriodLabel[p] }))}
            defaultValue={echoedValue(state, "salaryPeriod") ?? "YEAR"}
            error={fieldError(state, "salaryPeriod")}
          />
        </div>
        <div aria-live="polite">
          {warning ? (
            <p className="mt-5 rounded-md border border-warning-ink/30 bg-warning-soft px-4 py-3 text-sm text-warning-ink">
              {warning} You can still submit it.
            </p>
          ) : null}
        </div>
        <div className="mt-3">
          <BandPositionLive />
        </div>
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          name="equity"
          label="Equity"
          hint="Optional, e.g. “0.05–0.1% over four years”."
          maxLength={200}
          defaultValue={echoedValue(state, "equity")}
          error={fieldError(state, "equity")}
        />
        <TextField
          name="bonus"
          label="Bonus"
          hint="Optional, e.g. “Up to 15% annual target”."
          maxLength={200}
          defaultValue={echoedValue(state, "bonus")}
          error={fieldError(state, "bonus")}
        />
      </div>
    </ListingFormSection>
  );
}
