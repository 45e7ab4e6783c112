import { databaseIsReachable, migrationsAreApplied, redisIsReachable } from "@/server/health";
import { isDraining } from "@/server/runtime/server-state";

// Readiness: send this instance traffic? No once it is shutting down (SIGTERM, server/start.mjs), nor while
// it cannot reach the database or (when REDIS_URL is set) Redis, nor before the migrations this build ships
// are applied. The body names which, never how (no addresses or error text).
export const dynamic = "force-dynamic";

export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  const [database, redis, migrations] = await Promise.all([
    databaseIsReachable(),
    redisIsReachable(),
    migrationsAreApplied().catch(() => false),
  ]);
  // Checked after the round trips, so a shutdown that began meanwhile is not answered "ready".
  if (isDraining()) return Response.json({ status: "shutting down" }, { status: 503, headers });
  if (!database) return Response.json({ status: "database unavailable" }, { status: 503, headers });
  if (!redis) return Response.json({ status: "redis unavailable" }, { status: 503, headers });
  if (!migrations) return Response.json({ status: "migrations pending" }, { status: 503, headers });
  return Response.json({ status: "ready" }, { headers });
}
