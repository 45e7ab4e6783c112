import "server-only";
import { ZodError } from "zod";
import { RateLimitedError, ValidationError } from "@/lib/errors";
import type { Actor } from "@/server/auth/session";
import { exportOwnData } from "@/server/your-data/actions";

// POST /settings/data/export: the export as a file. A plain form posts here (the password cannot travel
// in a link), so a refusal is a 303 back to the page, which shows the reason beside the form; nothing of
// the account is in any refusal.

export type ExportRefusal = "password" | "limited" | "invalid";

function back(origin: string, path: string): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: new URL(path, origin).toString(), "Cache-Control": "no-store" },
  });
}

export async function serveDataExport(actor: Actor | null, form: FormData, address: string, origin: string, now = new Date()) {
  if (!actor) return back(origin, "/sign-in?callbackUrl=%2Fsettings%2Fdata");
  let body: string;
  try {
    const data = await exportOwnData(actor, { currentPassword: form.get("currentPassword") }, address);
    body = JSON.stringify(data, null, 2);
  } catch (error) {
    const refusal: ExportRefusal | undefined =
      error instanceof RateLimitedError
        ? "limited"
        : error instanceof ValidationError
          ? "password"
          : error instanceof ZodError
            ? "invalid"
            : undefined;
    if (!refusal) throw error;
    return back(origin, `/settings/data?export=${refusal}`);
  }
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="backplane-data-${now.toISOString().slice(0, 10)}.json"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
