import { getActor } from "@/server/auth/session";
import { serveDocument } from "@/server/documents/download";

// GET /documents/{id}: a CV, for its owner and the companies it was sent to (src/server/documents/download.ts).
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/documents/[id]">) {
  return serveDocument(await getActor(), (await params).id);
}
