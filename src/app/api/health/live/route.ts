// Liveness: the process answers. No database round trip, so a slow database never gets a healthy
// process restarted.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
