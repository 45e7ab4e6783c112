"use client";

import { useActionState, type ReactNode } from "react";
import { CheckboxField, CheckboxGroup, FormMessage, SelectField, SubmitButton, TextField } from "@/components/ui";
import { COMMON_TIMEZONES } from "@/lib/common-timezones";
import { COUNTRIES_BY_NAME } from "@/lib/countries";
import { echoedValue, echoedValues, fieldError, fieldProps, idleState, type FormState } from "@/lib/form-state";
import { salaryPeriodLabel } from "@/lib/labels";
import { PAY_NORMALISATION_NOTE, PAY_PERIODS } from "@/lib/pay";
import { formatLocalMinutes } from "@/lib/schemas/candidate-profile";
import { CountryChecklist } from "./country-checklist";

export type ProfileFormValues = {
  name: string;
  headline: string | null;
  yearsExperience: number | null;
  country: string | null;
  timezone: string | null;
  workDayStartMinutes: number;
  workDayEndMinutes: number;
  workAuthorizations: string[];
  levels: string[];
  skills: string[];
  minPayAmount: number | null;
  minPayCurrency: string | null;
  minPayPeriod: string | null;
  avoidOnCall: boolean;
  avoidTakeHome: boolean;
  githubUrl: string | null;
  linkedinUrl: string | null;
  websiteUrl: string | null;
};

export type ProfileFormChoices = {
  levels: { id: string; name: string }[];
  skillGroups: { category: string; label: string; skills: { id: string; name: string }[] }[];
  currencies: readonly string[];
};

type Action = (state: FormState, data: FormData) => Promise<FormState>;

function Section({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  return (
    // first-of-type, not first: React puts the server action's hidden inputs ahead of the sections.
    <section className="flex flex-col gap-5 border-t border-line pt-6 first-of-type:border-t-0 first-of-type:pt-0">
      <div>
        <h2 className="text-lg font-semibold text-ink">{title}</h2>
        {intro ? <p className="mt-1 text-sm text-ink-muted">{intro}</p> : null}
      </div>
      {children}
    </section>
  );
}

/** The candidate's whole profile in one form; every field keeps what was typed when the save is refused. */
export function ProfileForm({
  action,
  profile,
  choices,
}: {
  action: Action;
  profile: ProfileFormValues;
  choices: ProfileFormChoices;
}) {
  const [state, formAction] = useActionState(action, idleState);
  const field = (name: string, stored: string | number | null) => fieldProps(state, name, stored);
  const many = (name: string, stored: string[]) => echoedValues(state, name) ?? stored;
  // An unticked box is absent from the echoed values, so after a refused save the echo decides alone.
  const ticked = (name: string, stored: boolean) => (state.status === "error" ? echoedValue(state, name) === "on" : stored);

  return (
    <form action={formAction} className="flex flex-col gap-8" noValidate>
      <Section title="About you">
        <TextField {...field("name", profile.name)} label="Name" required autoComplete="name" />
        <TextField
          {...field("headline", profile.headline)}
          label="Headline"
          hint="One line employers see first, e.g. “Backend engineer, payments and event streaming”."
        />
        <TextField
          {...field("yearsExperience", profile.yearsExperience)}
          label="Years of experience"
          inputMode="numeric"
          className="max-w-40"
        />
      </Section>

      <Section
        title="Where and when you work"
        intro="Listings use these to tell you whether a role is open to you: your country, your timezone and your working hours."
      >
        <SelectField
          {...field("country", profile.country)}
          label="Country of residence"
          placeholder="Not set"
          autoComplete="country"
          className="scroll-mt-6"
          options={COUNTRIES_BY_NAME.map(([code, name]) => ({ value: code, label: name }))}
        />
        <div className="scroll-mt-6">
          <TextField
            {...field("timezone", profile.timezone)}
            label="Timezone"
            hint="A timezone name such as Europe/Berlin (daylight saving is followed), or a fixed offset such as UTC+05:30."
            list="timezone-options"
            autoComplete="off"
          />
          <datalist id="timezone-options">
            {COMMON_TIMEZONES.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </div>
        <fieldset id="workDay" className="flex scroll-mt-6 flex-col gap-2">
          <legend className="mb-1 text-sm font-semibold text-ink">Working hours, in your timezone</legend>
          <div className="grid max-w-md grid-cols-2 gap-4">
            <TextField {...field("workDayStart", formatLocalMinutes(profile.workDayStartMinutes))} label="From" type="time" />
            <TextField {...field("workDayEnd", formatLocalMinutes(profile.workDayEndMinutes))} label="To" type="time" />
          </div>
        </fieldset>
        <CountryChecklist
          name="workAuthorizations"
          legend="Countries where you may already work"
          hint="Citizenship, residence or a work permit. Roles that do not sponsor visas need one of these."
          selected={many("workAuthorizations", profile.workAuthorizations)}
          error={fieldError(state, "workAuthorizations")}
        />
      </Section>

      <Section title="What you are looking for">
        <div id="levels" className="scroll-mt-6">
          <CheckboxGroup
            name="levels"
            legend="Levels"
            inline
            options={choices.levels.map((l) => ({ value: l.id, label: l.name }))}
            defaultValue={many("levels", profile.levels)}
            error={fieldError(state, "levels")}
          />
        </div>
        <fieldset id="skills" className="flex flex-col gap-4">
          <legend className="mb-1 text-sm font-semibold text-ink">Skills</legend>
          {fieldError(state, "skills") ? (
            <p className="text-sm font-medium text-danger-text">{fieldError(state, "skills")}</p>
          ) : null}
          <div className="grid gap-6 md:grid-cols-2">
            {choices.skillGroups.map((group) => (
              <CheckboxGroup
                key={group.category}
                name="skills"
                legend={group.label}
                inline
                options={group.skills.map((s) => ({ value: s.id, label: s.name }))}
                defaultValue={many("skills", profile.skills)}
              />
            ))}
          </div>
        </fieldset>
        <fieldset id="minPay" className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-semibold text-ink">Minimum pay</legend>
          <p className="text-sm text-ink-muted">{PAY_NORMALISATION_NOTE}</p>
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField {...field("minPayAmount", profile.minPayAmount)} label="Amount" inputMode="numeric" autoComplete="off" />
            <SelectField
              {...field("minPayCurrency", profile.minPayCurrency ?? "USD")}
              label="Currency"
              options={choices.currencies.map((code) => ({ value: code, label: code }))}
            />
            <SelectField
              {...field("minPayPeriod", profile.minPayPeriod ?? "YEAR")}
              label="Period"
              options={PAY_PERIODS.map((p) => ({ value: p, label: salaryPeriodLabel[p] }))}
            />
          </div>
        </fieldset>
      </Section>

      <Section
        title="How you like to work"
        intro="Your match with each role weighs these against what the employer states about on-call and the interview."
      >
        <div id="preferences" className="flex flex-col gap-3">
          <CheckboxField
            name="avoidOnCall"
            label="I'd rather not be on call"
            hint="Roles with no on-call rank higher; roles with a rotation say so in their match."
            defaultChecked={ticked("avoidOnCall", profile.avoidOnCall)}
          />
          <CheckboxField
            name="avoidTakeHome"
            label="No take-home assignments"
            hint="Roles whose interview has no take-home rank higher; a take-home (paid or not) is named in the match."
            defaultChecked={ticked("avoidTakeHome", profile.avoidTakeHome)}
          />
        </div>
      </Section>

      <Section title="Links" intro="Full addresses starting with https://.">
        <TextField {...field("githubUrl", profile.githubUrl)} label="GitHub" type="url" />
        <TextField {...field("linkedinUrl", profile.linkedinUrl)} label="LinkedIn" type="url" />
        <TextField {...field("websiteUrl", profile.websiteUrl)} label="Website" type="url" />
      </Section>

      <FormMessage state={state} />
      <div>
        <SubmitButton pendingLabel="Saving…">Save profile</SubmitButton>
      </div>
    </form>
  );
}
