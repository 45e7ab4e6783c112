import type { NextRequest } from "next/server";
import { auditCsvResponse } from "@/server/audit/csv-export";
import { getActor } from "@/server/auth/session";

export async function GET(request: NextRequest) {
  return auditCsvResponse(await getActor(), request.nextUrl.searchParams);
}
