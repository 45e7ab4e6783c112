import { databaseIsReachable } from "@/server/health";
import { isDraining } from "@/server/runtime/server-state";

// Readiness: send this instance traffic? No once it is shutting down (SIGTERM, server/start.mjs), nor
// while it cannot reach the database.
export const dynamic = "force-dynamic";

export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  const reachable = await databaseIsReachable();
  // Checked after the round trip, so a shutdown that began meanwhile is not answered "ready".
  if (isDraining()) return Response.json({ status: "shutting down" }, { status: 503, headers });
  return reachable
    ? Response.json({ status: "ready" }, { headers })
    : Response.json({ status: "database unavailable" }, { status: 503, headers });
}
