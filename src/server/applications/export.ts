import "server-only";
import type { ApplicationStatus } from "@/generated/prisma/enums";
import { attachmentDisposition, toCsv } from "@/lib/csv";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";

// A listing's applicants as a CSV download for its company. The listing is read with the actor's
// company in the `where`, so anyone else's listing is "not found", exactly like one that does not exist.

const STAGE: Record<ApplicationStatus, string> = {
  NEW: "New",
  REVIEWING: "Reviewing",
  INTERVIEW: "Interview",
  OFFER: "Offer",
  HIRED: "Hired",
  REJECTED: "Rejected",
  WITHDRAWN: "Withdrawn",
};

const HEADER = ["Candidate", "Email", "Stage", "Applied (UTC)", "First opened (UTC)", "Rating (1-5)", "Cover note"];

/** The CSV text and file name, or null when the actor may not see this listing's applicants. */
export async function exportApplicants(actor: Actor, listingId: string) {
  if (actor.role !== "EMPLOYER" || !actor.companyId) return null;
  const listing = await db.listing.findFirst({
    where: { id: listingId, companyId: actor.companyId, company: { members: { some: { userId: actor.id } } } },
    select: {
      slug: true,
      applications: {
        orderBy: { createdAt: "asc" },
        select: {
          status: true,
          createdAt: true,
          viewedAt: true,
          rating: true,
          coverNote: true,
          candidate: { select: { name: true, email: true, deletedAt: true } },
        },
      },
    },
  });
  if (!listing) return null;
  const rows = listing.applications.map((a) => [
    a.candidate.name,
    a.candidate.deletedAt ? null : a.candidate.email,
    STAGE[a.status],
    a.createdAt.toISOString(),
    a.viewedAt?.toISOString() ?? null,
    a.rating,
    a.coverNote,
  ]);
  return { filename: `applicants-${listing.slug}.csv`, csv: toCsv([HEADER, ...rows]) };
}

// A byte-order mark makes spreadsheets that guess the encoding (Excel above all) read UTF-8 names right;
// LibreOffice and RFC 4180 parsers take it as the encoding marker it is.
const BOM = "\ufeff";

/** The route's answer: the file, or a plain 404 (private and uncached either way). */
export async function applicantsCsvResponse(actor: Actor | null, listingId: string): Promise<Response> {
  const headers = { "Cache-Control": "private, no-store", Vary: "Cookie", "X-Content-Type-Options": "nosniff" };
  const exported = actor && /^[a-z0-9]{20,40}$/.test(listingId) ? await exportApplicants(actor, listingId) : null;
  if (!exported)
    return new Response("Not found.\n", { status: 404, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(BOM + exported.csv, {
    headers: {
      ...headers,
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": attachmentDisposition(exported.filename),
    },
  });
}
