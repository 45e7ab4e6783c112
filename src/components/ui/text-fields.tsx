import type { ComponentProps, ReactNode } from "react";
import { Field, errorText, fieldDescribedBy, type FieldError } from "./field";
import { Input, Select, Textarea } from "./controls";

type Common = {
  name: string;
  label: ReactNode;
  /** Defaults to the name; pass one when the same name appears twice on a page. */
  id?: string;
  hint?: ReactNode;
  error?: FieldError;
  required?: boolean;
  className?: string;
};

export type TextFieldProps = Common & Omit<ComponentProps<"input">, "name" | "id" | "className">;

/** A labelled input with its hint and error wired to aria-describedby / aria-invalid. */
export function TextField({ name, label, id, hint, error, required, className, type = "text", ...inputProps }: TextFieldProps) {
  const controlId = id ?? name;
  return (
    <Field label={label} htmlFor={controlId} hint={hint} error={error} required={required} className={className}>
      <Input
        id={controlId}
        name={name}
        type={type}
        required={required}
        invalid={Boolean(errorText(error))}
        describedBy={fieldDescribedBy(controlId, { hint, error })}
        {...inputProps}
      />
    </Field>
  );
}

export type TextAreaFieldProps = Common & Omit<ComponentProps<"textarea">, "name" | "id" | "className">;

export function TextAreaField({ name, label, id, hint, error, required, className, ...textareaProps }: TextAreaFieldProps) {
  const controlId = id ?? name;
  return (
    <Field label={label} htmlFor={controlId} hint={hint} error={error} required={required} className={className}>
      <Textarea
        id={controlId}
        name={name}
        required={required}
        invalid={Boolean(errorText(error))}
        describedBy={fieldDescribedBy(controlId, { hint, error })}
        {...textareaProps}
      />
    </Field>
  );
}

export type SelectOption = { value: string; label: string; disabled?: boolean };

export type SelectFieldProps = Common &
  Omit<ComponentProps<"select">, "name" | "id" | "className" | "children"> & {
    options: readonly SelectOption[];
    /** Adds a first, empty option with this text (single selects only). */
    placeholder?: string;
  };

export function SelectField({
  name,
  label,
  id,
  hint,
  error,
  required,
  className,
  options,
  placeholder,
  multiple,
  ...selectProps
}: SelectFieldProps) {
  const controlId = id ?? name;
  return (
    <Field label={label} htmlFor={controlId} hint={hint} error={error} required={required} className={className}>
      <Select
        id={controlId}
        name={name}
        required={required}
        multiple={multiple}
        invalid={Boolean(errorText(error))}
        describedBy={fieldDescribedBy(controlId, { hint, error })}
        {...selectProps}
      >
        {placeholder !== undefined && !multiple ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
