import "server-only";
import { createHash } from "node:crypto";
import { attachmentDisposition } from "@/lib/documents/content-disposition";
import { idSchema } from "@/lib/schemas/ids";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";
import { storage } from "@/server/storage";

/**
 * Who may read a document: its owner, and members of a company one of whose listings received an
 * application with it. Anyone else gets exactly what a missing document gets.
 */
export async function findReadableDocument(actor: Actor | null, documentId: string) {
  if (!actor || !idSchema.safeParse(documentId).success) return null;
  return db.document.findFirst({
    where: {
      id: documentId,
      OR: [
        { ownerId: actor.id },
        { applications: { some: { listing: { company: { members: { some: { userId: actor.id } } } } } } },
      ],
    },
    select: { filename: true, contentType: true, byteSize: true, sha256: true, storageKey: true },
  });
}

const PRIVATE = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };

function notFound(): Response {
  return new Response("Not found.", { status: 404, headers: { ...PRIVATE, "Content-Type": "text/plain; charset=utf-8" } });
}

/** GET /documents/<id>: the stored bytes as a download, checked against the hash recorded at upload. */
export async function serveDocument(actor: Actor | null, documentId: string): Promise<Response> {
  const document = await findReadableDocument(actor, documentId);
  if (!document) return notFound();
  const bytes = await storage().get(document.storageKey);
  if (!bytes || createHash("sha256").update(bytes).digest("hex") !== document.sha256) {
    // Bytes missing or changed behind the database's back: never serve something other than what was sent.
    console.error(`[documents] stored bytes missing or altered for document ${documentId}`);
    return new Response("This file is unavailable right now.", {
      status: 503,
      headers: { ...PRIVATE, "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(new Uint8Array(bytes), {
    headers: {
      ...PRIVATE,
      "Content-Type": "application/pdf",
      "Content-Disposition": attachmentDisposition(document.filename),
      "Content-Length": String(bytes.length),
    },
  });
}
