"use client";

import { useActionState } from "react";
import { FormMessage, Select, SelectField, SubmitButton, TextField } from "@/components/ui";
import { echoedValue, fieldError, idleState } from "@/lib/form-state";
import {
  changeMemberRoleAction,
  inviteMemberAction,
  removeMemberAction,
  revokeInvitationAction,
  transferOwnershipAction,
} from "./actions";

const roleOptions = [
  { value: "RECRUITER", label: "Recruiter — listings and applicants" },
  { value: "OWNER", label: "Owner — also the company profile and the team" },
];

export function InviteForm() {
  const [state, action] = useActionState(inviteMemberAction, idleState);
  return (
    <form action={action} className="flex max-w-xl flex-col gap-4">
      <TextField
        name="email"
        type="email"
        label="Email address"
        autoComplete="off"
        required
        maxLength={254}
        defaultValue={echoedValue(state, "email")}
        error={fieldError(state, "email")}
      />
      <SelectField
        name="role"
        label="Role"
        options={roleOptions}
        defaultValue={echoedValue(state, "role") ?? "RECRUITER"}
        error={fieldError(state, "role")}
      />
      <SubmitButton pendingLabel="Sending…" className="self-start">
        Send invitation
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** An owner's controls for one member: role, hand over ownership, remove. Three forms, each without JavaScript. */
export function MemberControls({
  memberId,
  name,
  role,
  isYou,
}: {
  memberId: string;
  name: string;
  role: "OWNER" | "RECRUITER";
  isYou: boolean;
}) {
  const [roleState, changeRole] = useActionState(changeMemberRoleAction, idleState);
  const [transferState, transfer] = useActionState(transferOwnershipAction, idleState);
  const [removeState, remove] = useActionState(removeMemberAction, idleState);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <form action={changeRole} className="flex items-center gap-2">
          <input type="hidden" name="memberId" value={memberId} />
          <label className="sr-only" htmlFor={`role-${memberId}`}>
            Role of {name}
          </label>
          <Select id={`role-${memberId}`} name="role" defaultValue={role} className="min-h-9 py-1 text-sm">
            <option value="RECRUITER">Recruiter</option>
            <option value="OWNER">Owner</option>
          </Select>
          <SubmitButton size="sm" variant="secondary" pendingLabel="Saving…" aria-label={`Save the role of ${name}`}>
            Set role
          </SubmitButton>
        </form>
        {!isYou && role === "RECRUITER" ? (
          <form action={transfer}>
            <input type="hidden" name="memberId" value={memberId} />
            <SubmitButton
              size="sm"
              variant="secondary"
              pendingLabel="Handing over…"
              aria-label={`Make ${name} the owner instead of you`}
            >
              Hand ownership over
            </SubmitButton>
          </form>
        ) : null}
        <form action={remove}>
          <input type="hidden" name="memberId" value={memberId} />
          <SubmitButton
            size="sm"
            variant="danger"
            pendingLabel="Removing…"
            aria-label={isYou ? "Leave the team" : `Remove ${name}`}
          >
            {isYou ? "Leave" : "Remove"}
          </SubmitButton>
        </form>
      </div>
      <FormMessage state={roleState} />
      <FormMessage state={transferState} />
      <FormMessage state={removeState} />
    </div>
  );
}

export function RevokeInvitationForm({ invitationId, email }: { invitationId: string; email: string }) {
  const [state, action] = useActionState(revokeInvitationAction, idleState);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="invitationId" value={invitationId} />
      <SubmitButton size="sm" variant="secondary" pendingLabel="Withdrawing…" aria-label={`Withdraw the invitation to ${email}`}>
        Withdraw
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
