"use client";

import { useActionState } from "react";
import { FormMessage, Select, SubmitButton } from "@/components/ui";
import { idleState } from "@/lib/form-state";
import { switchCompanyAction } from "@/app/employer/switch-company/actions";

type Company = { id: string; name: string; active: boolean };

/** For employers in several companies: which one the employer area shows and acts for. */
export function CompanySwitcher({ companies }: { companies: Company[] }) {
  const [state, action] = useActionState(switchCompanyAction, idleState);
  const active = companies.find((c) => c.active);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor="active-company" className="text-ink-muted">
        Acting for
      </label>
      <Select id="active-company" name="companyId" defaultValue={active?.id} className="min-h-9 py-1 text-sm">
        {companies.map((company) => (
          <option key={company.id} value={company.id}>
            {company.name}
          </option>
        ))}
      </Select>
      <SubmitButton size="sm" variant="secondary" pendingLabel="Switching…">
        Switch
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
