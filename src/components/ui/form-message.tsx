import Link from "next/link";
import type { ReactNode } from "react";
import type { FormState } from "@/lib/form-state";
import { cn } from "./cn";

type FormMessageProps = {
  /** Pass the action's state, or set tone + children yourself. */
  state?: FormState;
  tone?: "error" | "success" | "info";
  children?: ReactNode;
  className?: string;
};

const tones = {
  error: "border-danger bg-danger-soft text-danger-text",
  success: "border-success-ink/40 bg-success-soft text-success-ink",
  info: "border-accent/40 bg-accent-soft text-accent-soft-ink",
};

/**
 * The form-level status line. The live region is always in the DOM (empty when idle) so screen
 * readers announce the message when an action fills it in.
 */
export function FormMessage({ state, tone, children, className }: FormMessageProps) {
  const message = children ?? (state && state.status !== "idle" ? state.message : null);
  const resolvedTone = tone ?? (state?.status === "success" ? "success" : "error");
  const action = state?.status === "error" ? state.action : undefined;
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={className}>
      {message ? (
        <p className={cn("rounded-md border px-4 py-3 text-sm font-medium", tones[resolvedTone])}>
          {message}
          {action ? (
            <>
              {" "}
              <Link className="underline underline-offset-2" href={action.href}>
                {action.label}
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
