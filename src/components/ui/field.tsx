import type { ReactNode } from "react";
import { cn } from "./cn";

export type FieldError = string | readonly string[] | undefined;

/** The first message of a field error, whichever shape the form state holds it in. */
export function errorText(error: FieldError): string | undefined {
  if (error === undefined) return undefined;
  return typeof error === "string" ? error || undefined : error[0];
}

/** Ids the Field gives its hint and error, so a control can point at them. */
export function fieldIds(htmlFor: string) {
  return { hintId: `${htmlFor}-hint`, errorId: `${htmlFor}-error` };
}

/** The aria-describedby value for a control inside <Field htmlFor={id} hint error>. */
export function fieldDescribedBy(htmlFor: string, parts: { hint?: ReactNode; error?: FieldError }): string | undefined {
  const { hintId, errorId } = fieldIds(htmlFor);
  const ids = [parts.hint ? hintId : null, errorText(parts.error) ? errorId : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function HintText({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="text-sm text-ink-muted">
      {children}
    </p>
  );
}

export function ErrorText({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="flex items-start gap-1.5 text-sm font-medium text-danger-text">
      <svg aria-hidden="true" viewBox="0 0 16 16" className="mt-0.5 size-4 shrink-0" fill="currentColor">
        <path d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm-.75 3.5h1.5v5h-1.5v-5Zm0 6.25h1.5v1.5h-1.5v-1.5Z" />
      </svg>
      <span>{children}</span>
    </p>
  );
}

export type FieldProps = {
  label: ReactNode;
  /** The id of the control inside; the label points at it and hint/error ids derive from it. */
  htmlFor: string;
  hint?: ReactNode;
  error?: FieldError;
  /** Shows a visible "required" marker; put `required` on the control itself too. */
  required?: boolean;
  className?: string;
  children: ReactNode;
};

/**
 * Label, hint, error and control in one block. The control is passed as children and should get
 * `invalid={Boolean(error)}` and `describedBy={fieldDescribedBy(htmlFor, { hint, error })}`;
 * TextField / TextAreaField / SelectField do that wiring for you.
 */
export function Field({ label, htmlFor, hint, error, required, className, children }: FieldProps) {
  const { hintId, errorId } = fieldIds(htmlFor);
  const message = errorText(error);
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={htmlFor} className="text-sm font-semibold text-ink">
        {label}
        {required ? (
          <span className="ml-1 font-normal text-ink-muted" aria-hidden="true">
            (required)
          </span>
        ) : null}
      </label>
      {hint ? <HintText id={hintId}>{hint}</HintText> : null}
      {message ? <ErrorText id={errorId}>{message}</ErrorText> : null}
      {children}
    </div>
  );
}
