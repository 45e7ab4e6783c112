import { handleViewBeacon } from "@/server/listings/view-beacon";

// POST /api/views: a listing page's view beacon (body: the listing id as text). Always 204, so it tells
// a caller nothing about which ids exist.
export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return handleViewBeacon(request);
}
