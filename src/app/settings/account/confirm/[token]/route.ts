import { NextResponse, type NextRequest } from "next/server";
import { mailTokenSchema } from "@/lib/schemas/account-mail";
import { confirmEmailChange } from "@/server/accounts/email-change";
import { getActor } from "@/server/auth/session";

// The link in an "email-change" mail. Like the verification link (decision 021) it acts on GET, in one
// click, then redirects to a page so the token leaves the address bar. The browser following it stays
// signed in when it is the same account; every other session ends.
export async function GET(request: NextRequest, context: RouteContext<"/settings/account/confirm/[token]">) {
  const { token } = await context.params;
  const parsed = mailTokenSchema.safeParse(token);
  const actor = await getActor();
  const result = parsed.success ? await confirmEmailChange(parsed.data, actor?.sessionId) : "invalid";
  const target = new URL(`/email-changed?result=${encodeURIComponent(result)}`, request.nextUrl.origin);
  return NextResponse.redirect(target, { status: 303, headers: { "Cache-Control": "no-store" } });
}
