import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";
import { Checkbox, Radio } from "./controls";
import { ErrorText, HintText, errorText, fieldDescribedBy, fieldIds, type FieldError } from "./field";

export type ChoiceOption = { value: string; label: ReactNode; hint?: ReactNode; disabled?: boolean };

type GroupProps = {
  name: string;
  legend: ReactNode;
  options: readonly ChoiceOption[];
  hint?: ReactNode;
  error?: FieldError;
  /** Lay the options out in a wrapping row instead of a column (for short labels like skills). */
  inline?: boolean;
  className?: string;
};

function ChoiceGroup({
  name,
  legend,
  options,
  hint,
  error,
  inline,
  className,
  renderControl,
}: GroupProps & { renderControl: (option: ChoiceOption, id: string, hintId: string | undefined) => ReactNode }) {
  const { hintId, errorId } = fieldIds(name);
  const message = errorText(error);
  return (
    <fieldset className={cn("flex flex-col gap-2", className)} aria-describedby={fieldDescribedBy(name, { hint, error })}>
      <legend className="mb-1 text-sm font-semibold text-ink">{legend}</legend>
      {hint ? <HintText id={hintId}>{hint}</HintText> : null}
      {message ? <ErrorText id={errorId}>{message}</ErrorText> : null}
      <div className={cn(inline ? "flex flex-wrap gap-x-5 gap-y-2" : "flex flex-col gap-2.5")}>
        {options.map((option) => {
          const id = `${name}-${option.value}`.replace(/[^A-Za-z0-9_-]/g, "_");
          const optionHintId = option.hint ? `${id}-hint` : undefined;
          return (
            <div key={option.value} className="flex items-start gap-2.5">
              <span className="flex min-h-6 items-center">{renderControl(option, id, optionHintId)}</span>
              <span className="flex flex-col">
                <label htmlFor={id} className="text-sm leading-6 text-ink">
                  {option.label}
                </label>
                {option.hint ? (
                  <span id={optionHintId} className="text-sm text-ink-muted">
                    {option.hint}
                  </span>
                ) : null}
              </span>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function CheckboxGroup({ defaultValue = [], ...props }: GroupProps & { defaultValue?: readonly string[] }) {
  const invalid = Boolean(errorText(props.error));
  return (
    <ChoiceGroup
      {...props}
      renderControl={(option, id, hintId) => (
        <Checkbox
          id={id}
          name={props.name}
          value={option.value}
          defaultChecked={defaultValue.includes(option.value)}
          disabled={option.disabled}
          invalid={invalid}
          describedBy={hintId}
        />
      )}
    />
  );
}

export function RadioGroup({ defaultValue, required, ...props }: GroupProps & { defaultValue?: string; required?: boolean }) {
  const invalid = Boolean(errorText(props.error));
  return (
    <ChoiceGroup
      {...props}
      renderControl={(option, id, hintId) => (
        <Radio
          id={id}
          name={props.name}
          value={option.value}
          defaultChecked={defaultValue === option.value}
          disabled={option.disabled}
          required={required}
          invalid={invalid}
          describedBy={hintId}
        />
      )}
    />
  );
}

type CheckboxFieldProps = Omit<ComponentProps<"input">, "type" | "id" | "name"> & {
  name: string;
  label: ReactNode;
  id?: string;
  hint?: ReactNode;
  error?: FieldError;
};

/** A single checkbox with its label to the right (e.g. "Remember me", "I agree"). */
export function CheckboxField({ name, label, id, hint, error, className, value = "on", ...props }: CheckboxFieldProps) {
  const controlId = id ?? name;
  const { hintId, errorId } = fieldIds(controlId);
  const message = errorText(error);
  return (
    <div className={cn("flex items-start gap-2.5", className)}>
      <span className="flex min-h-6 items-center">
        <Checkbox
          id={controlId}
          name={name}
          value={value}
          invalid={Boolean(message)}
          describedBy={fieldDescribedBy(controlId, { hint, error })}
          {...props}
        />
      </span>
      <span className="flex flex-col gap-1">
        <label htmlFor={controlId} className="text-sm leading-6 text-ink">
          {label}
        </label>
        {hint ? <HintText id={hintId}>{hint}</HintText> : null}
        {message ? <ErrorText id={errorId}>{message}</ErrorText> : null}
      </span>
    </div>
  );
}
