"use client";

import { useActionState } from "react";
import { CheckboxGroup, FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui";
import { echoedValues, fieldError, fieldProps, idleState } from "@/lib/form-state";
import { updateCompanyAction } from "./actions";

export type CompanyFormValues = {
  name: string;
  website: string | null;
  size: string | null;
  industryId: string | null;
  headquarters: string | null;
  remoteModel: string | null;
  meetingStyle: string | null;
  coreOverlapHours: number | null;
  offsitesPerYear: number | null;
  remotePolicy: string | null;
  benefits: string | null;
  description: string | null;
  techStack: string[];
};

export type CompanyFormChoices = {
  sizes: { value: string; label: string }[];
  industries: { value: string; label: string }[];
  remoteModels: { value: string; label: string }[];
  meetingStyles: { value: string; label: string }[];
  skillGroups: { category: string; label: string; skills: { value: string; label: string }[] }[];
};

/** The owner's form for the company profile; after an error every field shows what was typed. */
export function CompanyForm({ company, choices }: { company: CompanyFormValues; choices: CompanyFormChoices }) {
  const [state, action] = useActionState(updateCompanyAction, idleState);
  // After an error every field shows only what was sent back, never the stored value.
  const field = (name: keyof CompanyFormValues, stored: string | number | null) =>
    fieldProps(state, name, state.status === "error" ? null : stored);
  // After an error, an untouched-all group is "none ticked", not "what was stored".
  const stack = state.status === "error" ? (echoedValues(state, "techStack") ?? []) : company.techStack;
  return (
    <form action={action} className="flex max-w-3xl flex-col gap-6" noValidate>
      <FormMessage state={state} />
      <TextField {...field("name", company.name)} label="Company name" required maxLength={120} />
      <TextField
        {...field("website", company.website)}
        label="Website"
        type="url"
        hint="An address starting with https:// (or http://)."
        maxLength={300}
      />
      <div className="grid gap-6 sm:grid-cols-2">
        <SelectField {...field("size", company.size)} label="Size" options={choices.sizes} placeholder="Not stated" />
        <SelectField
          {...field("industryId", company.industryId)}
          label="Industry"
          options={choices.industries}
          placeholder="Not stated"
        />
      </div>
      <TextField
        {...field("headquarters", company.headquarters)}
        label="Headquarters"
        hint="Where the company is registered or based, e.g. “Berlin, Germany”."
        maxLength={120}
      />
      <fieldset className="flex flex-col gap-4">
        <legend className="text-sm font-semibold text-ink">Remote policy</legend>
        <div className="grid gap-6 sm:grid-cols-2">
          <SelectField
            {...field("remoteModel", company.remoteModel)}
            label="How remote"
            options={choices.remoteModels}
            placeholder="Not stated"
          />
          <SelectField
            {...field("meetingStyle", company.meetingStyle)}
            label="Meetings"
            options={choices.meetingStyles}
            placeholder="Not stated"
          />
          <TextField
            {...field("coreOverlapHours", company.coreOverlapHours)}
            label="Core hours overlap (hours a day)"
            hint="With core hours only: 1 to 8."
            inputMode="numeric"
            maxLength={2}
          />
          <TextField
            {...field("offsitesPerYear", company.offsitesPerYear)}
            label="Offsites a year"
            hint="0 to 12; leave empty if you would rather not say."
            inputMode="numeric"
            maxLength={2}
          />
        </div>
        <TextAreaField
          {...field("remotePolicy", company.remotePolicy)}
          label="Remote policy notes"
          hint="Anything the choices above leave out, e.g. “Remote across Europe; we meet in Lisbon each spring.”"
          rows={2}
          maxLength={300}
        />
      </fieldset>
      <TextAreaField
        {...field("benefits", company.benefits)}
        label="Benefits"
        hint="What everyone gets, e.g. learning budget, home-office allowance, parental leave."
        rows={4}
        maxLength={2000}
      />
      <TextAreaField
        {...field("description", company.description)}
        label="About the company"
        hint="What you build and how you work; shown on your public company page."
        rows={6}
        maxLength={3000}
      />
      <fieldset className="flex flex-col gap-4" aria-describedby="techStack-hint">
        <legend className="text-sm font-semibold text-ink">Tech stack</legend>
        <p id="techStack-hint" className="text-sm text-ink-muted">
          Up to 30 technologies you run; candidates see them on your company page.
        </p>
        {fieldError(state, "techStack") ? <p className="text-sm text-danger-text">{fieldError(state, "techStack")}</p> : null}
        <div className="grid gap-6 md:grid-cols-2">
          {choices.skillGroups.map((group) => (
            <CheckboxGroup
              key={group.category}
              name="techStack"
              legend={group.label}
              inline
              options={group.skills}
              defaultValue={stack}
            />
          ))}
        </div>
      </fieldset>
      <SubmitButton className="self-start">Save company profile</SubmitButton>
    </form>
  );
}
