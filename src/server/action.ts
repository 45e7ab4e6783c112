import "server-only";
import { randomUUID } from "node:crypto";
import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { UserRole } from "@/generated/prisma/enums";
import { containsControlInText } from "@/lib/control-characters";
import { DomainError, ValidationError } from "@/lib/errors";
import type { FieldErrors, FormState } from "@/lib/form-state";
import { getActor, type Actor } from "@/server/auth/session";
import { pinReadsToPrimary } from "@/server/db-read";
import { logger } from "@/server/log";
import { currentRequestId } from "@/server/runtime/request-context";

/**
 * The one way to write a mutation: authenticate, validate with zod, then run the work, which
 * authorises against the rows it touches (ownership in the `where`). See docs/decisions/004-action-wrapper.md.
 */
export type ActionDefinition<S extends z.ZodType, R> = {
  /** Roles allowed to call this at all; the data layer still checks the exact rows. */
  roles: readonly UserRole[];
  schema: S;
  run: (input: z.output<S>, actor: Actor) => Promise<R>;
  /** Where to go after success; computed from the result (redirect happens outside any try/catch). */
  after?: (result: R, input: z.output<S>) => AfterSuccess;
};

/** What to refresh and where to go once an action succeeded. */
export type AfterSuccess = {
  /** Paths whose rendered output is now stale. */
  revalidate?: string[];
  /** Cache tags (src/server/cache/tags.ts) whose data changed; expired at once so the actor reads their write. */
  tags?: string[];
  redirectTo?: string;
  message?: string;
};

/** For the few mutations made before there is an account (sign-up, sign-in): no actor is required. */
export type PublicActionDefinition<S extends z.ZodType, R> = {
  roles: "public";
  schema: S;
  run: (input: z.output<S>, actor: Actor | null) => Promise<R>;
  /** Where to go after success; computed from the result (redirect happens outside any try/catch). */
  after?: (result: R, input: z.output<S>) => AfterSuccess;
};

export type Outcome<R> =
  | { ok: true; result: R; state: FormState; revalidate: string[]; tags: string[]; redirectTo?: string }
  | { ok: false; state: FormState };

const SECRET_FIELDS = new Set(["password", "confirmPassword", "currentPassword", "newPassword"]);

/** FormData to a plain object: a repeated key becomes an array; Next's internal `$ACTION_` keys are dropped. */
export function formDataToObject(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const out: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION_")) continue;
    const all = formData.getAll(key);
    out[key] = all.length > 1 ? all : all[0]!;
  }
  return out;
}

function echo(raw: Record<string, FormDataEntryValue | FormDataEntryValue[]>) {
  const values: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (SECRET_FIELDS.has(key)) continue;
    if (Array.isArray(value)) values[key] = value.filter((v) => typeof v === "string") as string[];
    else if (typeof value === "string") values[key] = value;
  }
  return values;
}

function failure(
  message: string,
  raw: Record<string, FormDataEntryValue | FormDataEntryValue[]>,
  fieldErrors: FieldErrors = {},
  action?: { href: string; label: string },
) {
  return {
    ok: false as const,
    state: { status: "error" as const, message, fieldErrors, values: echo(raw), ...(action ? { action } : {}) },
  };
}

function controlCharacterErrors(raw: Record<string, unknown>): FieldErrors | null {
  let errors: FieldErrors | null = null;
  for (const [key, value] of Object.entries(raw)) {
    const texts = Array.isArray(value) ? value : [value];
    if (texts.some((text) => typeof text === "string" && containsControlInText(text))) {
      (errors ??= {})[key] = ["Remove the control characters (invisible characters) from this field."];
    }
  }
  return errors;
}

/** Runs an action for a given actor. Pure of Next.js request APIs, so tests call it directly. */
export async function executeAction<S extends z.ZodType, R>(
  def: ActionDefinition<S, R> | PublicActionDefinition<S, R>,
  actor: Actor | null,
  input: FormData | Record<string, unknown>,
): Promise<Outcome<R>> {
  const raw = input instanceof FormData ? formDataToObject(input) : (input as Record<string, FormDataEntryValue>);
  if (def.roles !== "public") {
    if (!actor) return failure("Please sign in to continue.", raw);
    if (!def.roles.includes(actor.role)) return failure("You are not allowed to do that.", raw);
  }

  // Before any schema: text with control characters (NUL above all, which PostgreSQL refuses) is refused
  // for every action alike, naming the field, instead of reaching the database as a 500.
  const controlErrors = controlCharacterErrors(raw);
  if (controlErrors) return failure("Please correct the highlighted fields.", raw, controlErrors);

  const parsed = def.schema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.length ? String(issue.path[0]) : "_form";
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return failure("Please correct the highlighted fields.", raw, fieldErrors);
  }

  try {
    // The role check above guarantees an actor for non-public definitions.
    const result = await (def.run as (input: z.output<S>, actor: Actor | null) => Promise<R>)(parsed.data, actor);
    const after = def.after?.(result, parsed.data) ?? {};
    return {
      ok: true,
      result,
      state: { status: "success", message: after.message ?? "Saved." },
      revalidate: after.revalidate ?? [],
      tags: after.tags ?? [],
      redirectTo: after.redirectTo,
    };
  } catch (error) {
    if (error instanceof ValidationError) return failure(error.message, raw, error.fieldErrors);
    if (error instanceof DomainError) return failure(error.message, raw, {}, error.action);
    // The reference shown is the request's id, on every log line of this request (src/server/log.ts), so
    // support finds the whole story from what the user quotes. Outside a request (tests), a new one.
    const requestId = currentRequestId();
    const reference = requestId ?? randomUUID();
    logger.error({ err: error, ...(requestId ? {} : { requestId: reference }) }, "Server action failed");
    return failure(`Something went wrong on our side (reference ${reference}). Please try again.`, raw);
  }
}

/** Turns a definition into a server action usable with useActionState and plain <form action>. */
export function createAction<S extends z.ZodType, R>(def: ActionDefinition<S, R> | PublicActionDefinition<S, R>) {
  return async function action(_previous: FormState, formData: FormData): Promise<FormState> {
    const outcome = await executeAction(def, await getActor(), formData);
    if (!outcome.ok) return outcome.state;
    // Read-your-writes with read replicas: this request and the actor's next few read the primary.
    await pinReadsToPrimary();
    for (const tag of outcome.tags) updateTag(tag);
    for (const path of outcome.revalidate) revalidatePath(path);
    if (outcome.redirectTo) redirect(outcome.redirectTo);
    return outcome.state;
  };
}

/** Identity helpers that let TypeScript infer input and result types for a definition. */
export function defineAction<S extends z.ZodType, R>(def: ActionDefinition<S, R>): ActionDefinition<S, R> {
  return def;
}

export function definePublicAction<S extends z.ZodType, R>(def: PublicActionDefinition<S, R>): PublicActionDefinition<S, R> {
  return def;
}
