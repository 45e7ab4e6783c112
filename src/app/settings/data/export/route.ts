import type { NextRequest } from "next/server";
import { getActor } from "@/server/auth/session";
import { clientAddress } from "@/server/request";
import { serveDataExport } from "@/server/your-data/download";

// POST /settings/data/export: "your data" as one JSON file, after the password (src/server/your-data/download.ts).
export const dynamic = "force-dynamic";

export async function POST(request: NextRequest) {
  const form = await request.formData().catch(() => new FormData());
  return serveDataExport(await getActor(), form, await clientAddress(), request.nextUrl.origin);
}
