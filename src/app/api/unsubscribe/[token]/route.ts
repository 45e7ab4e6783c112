import { NextResponse, type NextRequest } from "next/server";
import { unsubscribe } from "@/server/mail/preferences";

// RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" to the URL in a message's
// List-Unsubscribe header. No cookies, no sign-in: the signed token names the user and the kind.

const noStore = { "Cache-Control": "no-store" };

export async function POST(request: NextRequest, context: RouteContext<"/api/unsubscribe/[token]">) {
  const { token } = await context.params;
  const target = await unsubscribe(token, "one-click");
  if (!target) return NextResponse.json({ error: "This unsubscribe link is not valid." }, { status: 404, headers: noStore });
  return NextResponse.json({ unsubscribed: target.kind }, { headers: noStore });
}

/** A GET changes nothing (link scanners): it shows the page that asks. */
export async function GET(request: NextRequest, context: RouteContext<"/api/unsubscribe/[token]">) {
  const { token } = await context.params;
  return NextResponse.redirect(new URL(`/unsubscribe/${encodeURIComponent(token)}`, request.nextUrl.origin), {
    status: 303,
    headers: noStore,
  });
}
