"use client";

import { useFormStatus } from "react-dom";
import type { ComponentProps, ReactNode } from "react";
import { buttonClasses, type ButtonSize, type ButtonVariant } from "./button-styles";

type SubmitButtonProps = Omit<ComponentProps<"button">, "type"> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  fullWidth?: boolean;
  /** Shown while the enclosing form's action runs. */
  pendingLabel?: ReactNode;
};

/** Submits its form; disabled and relabelled while the action is pending so it cannot be sent twice. */
export function SubmitButton({
  children,
  pendingLabel = "Saving…",
  variant,
  size,
  fullWidth,
  className,
  disabled,
  ...props
}: SubmitButtonProps) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      className={buttonClasses({ variant, size, fullWidth, className })}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      {...props}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
