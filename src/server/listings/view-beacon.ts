import "server-only";
import { idSchema } from "@/lib/schemas/ids";
import { siteUrl } from "@/lib/site-url";
import { countListingView } from "@/server/listings/views";

const NO_CONTENT = () => new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });

/** The largest body worth reading: a listing id is about 25 characters. */
const MAX_BODY = 200;

/**
 * A view beacon from a listing page. Only this site's pages count (a browser names the page's origin on
 * a beacon; another site's page cannot make its visitors inflate a listing's figures). Anything odd is
 * ignored, never an error: the page that sent it does not read the answer.
 */
export async function handleViewBeacon(request: Request): Promise<Response> {
  const origin = request.headers.get("origin");
  if (origin !== null && origin !== siteUrl().origin && origin !== new URL(request.url).origin) return NO_CONTENT();
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY) return NO_CONTENT();
  const body = (await request.text().catch(() => "")).slice(0, MAX_BODY);
  const parsed = idSchema.safeParse(body);
  if (!parsed.success) return NO_CONTENT();
  await countListingView(parsed.data, request.headers.get("user-agent"));
  return NO_CONTENT();
}
