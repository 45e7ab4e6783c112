"use client";

import { useActionState } from "react";
import { FormMessage, SelectField, SubmitButton } from "@/components/ui";
import { echoedValue, fieldError, idleState } from "@/lib/form-state";
import { changeRoleAction } from "@/app/admin/users/actions";

const ROLES = [
  { value: "CANDIDATE", label: "Candidate" },
  { value: "EMPLOYER", label: "Employer" },
  { value: "ADMIN", label: "Admin (moderator)" },
];

/** Changes a user's role; their sessions end, so they sign in again under the new one. */
export function RoleForm({ userId, role }: { userId: string; role: string }) {
  const [state, formAction] = useActionState(changeRoleAction, idleState);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <SelectField
        id={`role-${userId}`}
        name="role"
        label="Role"
        hint="Audited. Their sessions end. The last active admin cannot be demoted."
        options={ROLES}
        defaultValue={echoedValue(state, "role") ?? role}
        error={fieldError(state, "role")}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Changing…">Change role</SubmitButton>
    </form>
  );
}
