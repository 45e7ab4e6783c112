import "server-only";
import { parseAuditFilters } from "@/lib/audit-filters";
import { attachmentDisposition, toCsv } from "@/lib/csv";
import { AUDIT_EXPORT_LIMIT, listAuditEntries } from "@/server/audit/query";
import type { Actor } from "@/server/auth/session";

const HEADER = ["id", "time", "actor_id", "actor_email", "action", "target_type", "target_id", "reason", "metadata"];

/**
 * The audit log as CSV with the page's filters (bad ones left out, as on the page), newest first. Admins
 * only: anyone else gets the same 404 as a page that does not exist.
 */
export async function auditCsvResponse(actor: Actor | null, params: URLSearchParams, now = new Date()): Promise<Response> {
  if (!actor || actor.role !== "ADMIN") {
    return new Response("Not found.", { status: 404, headers: { "cache-control": "private, no-store" } });
  }
  const { filters } = parseAuditFilters(Object.fromEntries(params));
  const { rows } = await listAuditEntries(actor, { ...filters, before: undefined }, AUDIT_EXPORT_LIMIT);
  const csv = toCsv([
    HEADER,
    ...rows.map((r) => [
      String(r.id),
      r.createdAt.toISOString(),
      r.actorId,
      r.actorEmail,
      r.action,
      r.targetType,
      r.targetId,
      r.reason,
      r.metadata === null ? "" : JSON.stringify(r.metadata),
    ]),
  ]);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": attachmentDisposition(`backplane-audit-${now.toISOString().slice(0, 10)}.csv`),
      "cache-control": "private, no-store",
    },
  });
}
