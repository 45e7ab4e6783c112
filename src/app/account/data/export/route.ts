import type { NextRequest } from "next/server";
import { DomainError, RateLimitedError } from "@/lib/errors";
import { isoDate } from "@/lib/format";
import { getActor } from "@/server/auth/session";
import { exportOwnDataWithPassword } from "@/server/candidates/data-export";
import { clientAddress } from "@/server/request";

// POST /account/data/export (the form on /account/data): the candidate's data as a JSON download, after
// they enter their password again. A plain form post: it works without JavaScript, and the edge refuses
// posts from other sites (src/server/http/request-guard.ts).
export const dynamic = "force-dynamic";

const privateHeaders = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
const see = (location: string) => new Response(null, { status: 303, headers: { ...privateHeaders, Location: location } });

export async function POST(request: NextRequest) {
  const actor = await getActor();
  if (!actor) return see("/sign-in?callbackUrl=/account/data");
  let password: FormDataEntryValue | null = null;
  try {
    password = (await request.formData()).get("password");
  } catch {
    return see("/account/data?error=password");
  }
  try {
    const data = await exportOwnDataWithPassword(actor, password, await clientAddress());
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        ...privateHeaders,
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="backplane-data-${isoDate(new Date())}.json"`,
      },
    });
  } catch (error) {
    if (error instanceof DomainError) {
      return see(`/account/data?error=${error instanceof RateLimitedError ? "limit" : "password"}`);
    }
    throw error;
  }
}
