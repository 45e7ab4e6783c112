import { NextResponse, type NextRequest } from "next/server";
import { mailTokenSchema } from "@/lib/schemas/account-mail";
import { verifyEmail } from "@/server/accounts/verification";

// The link in a verification mail. It confirms on GET, in one click: a mail scanner that opens it first
// only proves what the link exists to prove (the address receives mail), and a second click then reads
// "already confirmed". The answer is a redirect to a page, so the token leaves the address bar at once.
export async function GET(request: NextRequest, context: RouteContext<"/verify-email/[token]">) {
  const { token } = await context.params;
  const parsed = mailTokenSchema.safeParse(token);
  const result = parsed.success ? await verifyEmail(parsed.data) : "invalid";
  const target = new URL(`/verify-email?result=${encodeURIComponent(result)}`, request.nextUrl.origin);
  return NextResponse.redirect(target, { status: 303, headers: { "Cache-Control": "no-store" } });
}
