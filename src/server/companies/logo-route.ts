import "server-only";
import { LOGO_FILE } from "@/lib/company-logo";
import { idSchema } from "@/lib/schemas/ids";
import { LOGO_CONTENT_TYPE } from "@/server/companies/logo-image";
import { readCompanyLogo } from "@/server/companies/logo";

function notFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * The logo's bytes when the URL names the company's current version; any other version, company or
 * malformed name is a 404 (an old URL is never served the new logo under a cache lifetime of a year).
 * The logo is the company's public branding, so no session is read.
 */
export async function serveCompanyLogo(companyId: string, file: string): Promise<Response> {
  const version = LOGO_FILE.exec(file)?.[1];
  if (!version || !idSchema.safeParse(companyId).success) return notFound();
  const bytes = await readCompanyLogo(companyId, version);
  if (!bytes) return notFound();
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": LOGO_CONTENT_TYPE,
      "Content-Length": String(bytes.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      // Only ever shown as an image: opened directly, it may run nothing.
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
