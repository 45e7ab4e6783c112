// The shape every form action returns, shared by server actions and the client forms that render them.
export type FieldErrors = Record<string, string[] | undefined>;

export type FormState =
  | { status: "idle" }
  | {
      status: "error";
      message: string;
      fieldErrors: FieldErrors;
      /** What the user typed, echoed back so nothing is lost on error (never passwords). */
      values: Record<string, string | string[]>;
      /** A way on, shown as a link beside the message. */
      action?: { href: string; label: string };
    }
  | { status: "success"; message: string };

export const idleState: FormState = { status: "idle" };

export function fieldError(state: FormState, name: string): string | undefined {
  return state.status === "error" ? state.fieldErrors[name]?.[0] : undefined;
}

export function echoedValue(state: FormState, name: string): string | undefined {
  if (state.status !== "error") return undefined;
  const value = state.values[name];
  return Array.isArray(value) ? value[0] : value;
}

export function echoedValues(state: FormState, name: string): string[] | undefined {
  if (state.status !== "error") return undefined;
  const value = state.values[name];
  return value === undefined ? undefined : Array.isArray(value) ? value : [value];
}

/**
 * The props every field of an action's form repeats — its name, what it shows and its first error — to
 * spread onto TextField / TextAreaField / SelectField. It shows what was typed when the action sent it
 * back, else `stored` (null shows as empty).
 */
export function fieldProps(state: FormState, name: string, stored: string | number | null = null) {
  return {
    name,
    defaultValue: echoedValue(state, name) ?? (stored === null ? "" : String(stored)),
    error: fieldError(state, name),
  };
}
