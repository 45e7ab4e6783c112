"use client";

import { useActionState, useState } from "react";
import { CompanyLogo } from "@/components/companies/company-logo";
import { Field, FormMessage, Input, SubmitButton, fieldDescribedBy } from "@/components/ui";
import { MAX_LOGO_BYTES, LOGO_MESSAGES } from "@/lib/images/logo-check";
import { fieldError, idleState } from "@/lib/form-state";
import { removeCompanyLogoAction, uploadCompanyLogoAction } from "./actions";

const HINT = "PNG, JPEG or WebP, up to 1 MB. It is shown as a square, so a square logo looks best.";

/**
 * The logo: a plain multipart form, so it works without JavaScript (the server judges the file by its
 * bytes either way); with JavaScript, a file over 1 MB is refused here before it is sent.
 */
export function LogoForms({ name, logoUrl }: { name: string; logoUrl: string | null }) {
  const [state, uploadAction] = useActionState(uploadCompanyLogoAction, idleState);
  const [removeState, removeAction] = useActionState(removeCompanyLogoAction, idleState);
  const [tooLarge, setTooLarge] = useState(false);
  const error = tooLarge ? LOGO_MESSAGES["too-large"] : fieldError(state, "logo");
  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
      <CompanyLogo name={name} src={logoUrl} size="lg" />
      <div className="flex min-w-0 flex-1 flex-col gap-4">
        <form
          action={uploadAction}
          className="flex flex-col gap-3"
          noValidate
          onSubmit={(event) => {
            if (tooLarge) event.preventDefault();
          }}
        >
          <Field label={logoUrl ? "Replace the logo" : "Logo"} htmlFor="logo-file" hint={HINT} error={error}>
            <Input
              id="logo-file"
              name="logo"
              type="file"
              accept="image/png,image/jpeg,image/webp"
              invalid={Boolean(error)}
              describedBy={fieldDescribedBy("logo-file", { hint: HINT, error })}
              onChange={(event) => setTooLarge((event.currentTarget.files?.[0]?.size ?? 0) > MAX_LOGO_BYTES)}
            />
          </Field>
          <FormMessage state={state} />
          <SubmitButton className="self-start" pendingLabel="Uploading…">
            Upload logo
          </SubmitButton>
        </form>
        {/* The message stays after the removal, when the button is gone. */}
        <form action={removeAction} className="flex flex-col gap-2">
          <FormMessage state={removeState} />
          {logoUrl ? (
            <SubmitButton className="self-start" variant="secondary" size="sm" pendingLabel="Removing…">
              Remove logo
            </SubmitButton>
          ) : null}
        </form>
      </div>
    </div>
  );
}
