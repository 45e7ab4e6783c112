import { databaseIsReachable } from "@/server/health";

// Liveness plus a database round trip; used by the e2e runner and load balancers.
export const dynamic = "force-dynamic";

export async function GET() {
  return (await databaseIsReachable())
    ? Response.json({ status: "ok" })
    : Response.json({ status: "database unavailable" }, { status: 503 });
}
