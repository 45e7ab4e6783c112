"use client";

import { useActionState } from "react";
import { CheckboxGroup, FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui";
import { echoedValue, echoedValues, fieldError, idleState } from "@/lib/form-state";
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
  const value = (name: keyof CompanyFormValues, stored: string | number | null) =>
    state.status === "error" ? (echoedValue(state, name) ?? "") : stored === null ? "" : String(stored);
  // After an error, an untouched-all group is "none ticked", not "what was stored".
  const stack = state.status === "error" ? (echoedValues(state, "techStack") ?? []) : company.techStack;
  return (
    <form action={action} className="flex max-w-3xl flex-col gap-6" noValidate>
      <FormMessage state={state} />
      <TextField
        name="name"
        label="Company name"
        required
        maxLength={120}
        defaultValue={value("name", company.name)}
        error={fieldError(state, "name")}
      />
      <TextField
        name="website"
        label="Website"
        type="url"
        hint="An address starting with https:// (or http://)."
        maxLength={300}
        defaultValue={value("website", company.website)}
        error={fieldError(state, "website")}
      />
      <div className="grid gap-6 sm:grid-cols-2">
        <SelectField
          name="size"
          label="Size"
          options={choices.sizes}
          placeholder="Not stated"
          defaultValue={value("size", company.size)}
          error={fieldError(state, "size")}
        />
        <SelectField
          name="industryId"
          label="Industry"
          options={choices.industries}
          placeholder="Not stated"
          defaultValue={value("industryId", company.industryId)}
          error={fieldError(state, "industryId")}
        />
      </div>
      <TextField
        name="headquarters"
        label="Headquarters"
        hint="Where the company is registered or based, e.g. “Berlin, Germany”."
        maxLength={120}
        defaultValue={value("headquarters", company.headquarters)}
        error={fieldError(state, "headquarters")}
      />
      <fieldset className="flex flex-col gap-4">
        <legend className="text-sm font-semibold text-ink">Remote policy</legend>
        <div className="grid gap-6 sm:grid-cols-2">
          <SelectField
            name="remoteModel"
            label="How remote"
            options={choices.remoteModels}
            placeholder="Not stated"
            defaultValue={value("remoteModel", company.remoteModel)}
            error={fieldError(state, "remoteModel")}
          />
          <SelectField
            name="meetingStyle"
            label="Meetings"
            options={choices.meetingStyles}
            placeholder="Not stated"
            defaultValue={value("meetingStyle", company.meetingStyle)}
            error={fieldError(state, "meetingStyle")}
          />
          <TextField
            name="coreOverlapHours"
            label="Core hours overlap (hours a day)"
            hint="With core hours only: 1 to 8."
            inputMode="numeric"
            maxLength={2}
            defaultValue={value("coreOverlapHours", company.coreOverlapHours)}
            error={fieldError(state, "coreOverlapHours")}
          />
          <TextField
            name="offsitesPerYear"
            label="Offsites a year"
            hint="0 to 12; leave empty if you would rather not say."
            inputMode="numeric"
            maxLength={2}
            defaultValue={value("offsitesPerYear", company.offsitesPerYear)}
            error={fieldError(state, "offsitesPerYear")}
          />
        </div>
        <TextAreaField
          name="remotePolicy"
          label="Remote policy notes"
          hint="Anything the choices above leave out, e.g. “Remote across Europe; we meet in Lisbon each spring.”"
          rows={2}
          maxLength={300}
          defaultValue={value("remotePolicy", company.remotePolicy)}
          error={fieldError(state, "remotePolicy")}
        />
      </fieldset>
      <TextAreaField
        name="benefits"
        label="Benefits"
        hint="What everyone gets, e.g. learning budget, home-office allowance, parental leave."
        rows={4}
        maxLength={2000}
        defaultValue={value("benefits", company.benefits)}
        error={fieldError(state, "benefits")}
      />
      <TextAreaField
        name="description"
        label="About the company"
        hint="What you build and how you work; shown on your public company page."
        rows={6}
        maxLength={3000}
        defaultValue={value("description", company.description)}
        error={fieldError(state, "description")}
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
