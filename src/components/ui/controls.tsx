import type { ComponentProps } from "react";
import { cn } from "./cn";

/** Props every form control adds to its HTML ones: the Field wires these to its hint and error. */
export type ControlProps = {
  /** Marks the control invalid for assistive technology (aria-invalid) and styles it. */
  invalid?: boolean;
  /** Space-separated ids of the hint/error text that describe this control (aria-describedby). */
  describedBy?: string;
};

// Border, colours, focus, disabled and invalid states: the .control class in globals.css.
const controlBase = "control";

function aria(invalid: boolean | undefined, describedBy: string | undefined, own: string | undefined) {
  const ids = [describedBy, own].filter(Boolean).join(" ");
  return { "aria-invalid": invalid || undefined, "aria-describedby": ids || undefined };
}

export function Input({
  invalid,
  describedBy,
  className,
  "aria-describedby": own,
  ...props
}: ComponentProps<"input"> & ControlProps) {
  return <input className={cn(controlBase, "min-h-10 px-3 py-2", className)} {...aria(invalid, describedBy, own)} {...props} />;
}

export function Textarea({
  invalid,
  describedBy,
  className,
  rows = 5,
  "aria-describedby": own,
  ...props
}: ComponentProps<"textarea"> & ControlProps) {
  return (
    <textarea
      rows={rows}
      className={cn(controlBase, "px-3 py-2 leading-relaxed", className)}
      {...aria(invalid, describedBy, own)}
      {...props}
    />
  );
}

export function Select({
  invalid,
  describedBy,
  className,
  "aria-describedby": own,
  ...props
}: ComponentProps<"select"> & ControlProps) {
  return (
    <select
      className={cn(controlBase, props.multiple ? "px-2 py-1" : "min-h-10 px-3 py-2", className)}
      {...aria(invalid, describedBy, own)}
      {...props}
    />
  );
}

export function Checkbox({
  invalid,
  describedBy,
  className,
  "aria-describedby": own,
  ...props
}: Omit<ComponentProps<"input">, "type"> & ControlProps) {
  return (
    <input
      type="checkbox"
      className={cn("size-4.5 shrink-0 rounded accent-accent", className)}
      {...aria(invalid, describedBy, own)}
      {...props}
    />
  );
}

export function Radio({
  invalid,
  describedBy,
  className,
  "aria-describedby": own,
  ...props
}: Omit<ComponentProps<"input">, "type"> & ControlProps) {
  return (
    <input
      type="radio"
      className={cn("size-4.5 shrink-0 accent-accent", className)}
      {...aria(invalid, describedBy, own)}
      {...props}
    />
  );
}
