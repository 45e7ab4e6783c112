import "server-only";
import { createHash } from "node:crypto";
import { cleanCvFilename } from "@/lib/documents/filename";
import { checkPdf } from "@/lib/documents/pdf-check";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";
import { newStorageKey, storage } from "@/server/storage";

/** How many CVs a candidate keeps at once (CVs they deleted that stay with applications do not count). */
export const MAX_CVS = 5;

type Tx = Prisma.TransactionClient;

function assertCandidate(actor: Actor) {
  if (actor.role !== "CANDIDATE") throw new ForbiddenError("Only candidate accounts keep CVs.");
}

const ownCvs = (ownerId: string) => ({ ownerId, kind: "CV" as const, deletedAt: null });

/** The candidate's CVs, newest first, with how many applications each went out with. */
export async function listOwnCvs(actor: Actor) {
  assertCandidate(actor);
  return db.document.findMany({
    where: ownCvs(actor.id),
    orderBy: { createdAt: "desc" },
    select: { id: true, filename: true, byteSize: true, createdAt: true, _count: { select: { applications: true } } },
  });
}

/** Locks the candidate's row so that two uploads at once cannot both take the fifth place. */
async function lockOwner(tx: Tx, ownerId: string) {
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${ownerId} FOR UPDATE`;
}

function tooMany(): never {
  throw new ValidationError("This file was not uploaded.", {
    file: [`You can keep up to ${MAX_CVS} CVs. Delete one to upload this one.`],
  });
}

/**
 * Stores a CV: the bytes must be an acceptable PDF (judged by content, never by name or claimed type);
 * they go to storage under a random key first and the row is written after, so a row never points at
 * missing bytes. If the row cannot be written (the limit was reached meanwhile), the bytes are removed.
 */
export async function uploadCv(actor: Actor, file: File) {
  assertCandidate(actor);
  const bytes = Buffer.from(await file.arrayBuffer());
  const verdict = checkPdf(bytes);
  if (!verdict.ok) throw new ValidationError("This file was not uploaded.", { file: [verdict.message] });
  if ((await db.document.count({ where: ownCvs(actor.id) })) >= MAX_CVS) tooMany();

  const storageKey = newStorageKey("cv");
  await storage().put(storageKey, bytes, "application/pdf");
  try {
    return await db.$transaction(async (tx) => {
      await lockOwner(tx, actor.id);
      if ((await tx.document.count({ where: ownCvs(actor.id) })) >= MAX_CVS) tooMany();
      return tx.document.create({
        data: {
          ownerId: actor.id,
          kind: "CV",
          filename: cleanCvFilename(file.name),
          contentType: "application/pdf",
          byteSize: bytes.length,
          sha256: createHash("sha256").update(bytes).digest("hex"),
          storageKey,
        },
        select: { id: true, filename: true },
      });
    });
  } catch (error) {
    await storage().delete(storageKey);
    throw error;
  }
}

/**
 * Removes a CV from the candidate's list. One never sent with an application is deleted with its bytes;
 * one that was is only marked deleted, because the copy an employer received stays with the application
 * (docs/decisions/026-cv-documents.md).
 */
export async function deleteCv(actor: Actor, documentId: string) {
  assertCandidate(actor);
  const removed = await db.$transaction(async (tx) => {
    // Locked before counting its applications: an application being sent with it (which takes a share
    // lock on the row, see lockCvForApplying) either commits first and is counted, or waits and then
    // finds the CV gone.
    const [row] = await tx.$queryRaw<{ id: string; storageKey: string }[]>`
      SELECT id, "storageKey" FROM "Document"
      WHERE id = ${documentId} AND "ownerId" = ${actor.id} AND kind = 'CV' AND "deletedAt" IS NULL
      FOR UPDATE`;
    if (!row) throw new NotFoundError("This CV was not found.");
    const sent = await tx.application.count({ where: { cvDocumentId: row.id } });
    if (sent > 0) {
      await tx.document.update({ where: { id: row.id }, data: { deletedAt: new Date() } });
      return { storageKey: null, keptForApplications: sent };
    }
    await tx.document.delete({ where: { id: row.id } });
    return { storageKey: row.storageKey, keptForApplications: 0 };
  });
  // After the commit: a failed removal leaves unreferenced bytes, never a row without its bytes.
  if (removed.storageKey) await storage().delete(removed.storageKey);
  return { keptForApplications: removed.keptForApplications };
}

/**
 * For applying: the candidate's own, not deleted CV, share-locked until the application is written so it
 * cannot be deleted in between. Another candidate's CV, a deleted one or a made-up id: not found.
 */
export async function lockCvForApplying(tx: Tx, ownerId: string, documentId: string): Promise<string> {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Document"
    WHERE id = ${documentId} AND "ownerId" = ${ownerId} AND kind = 'CV' AND "deletedAt" IS NULL
    FOR SHARE`;
  if (!row) throw new NotFoundError("This CV was not found. Choose one of your CVs, or apply without one.");
  return row.id;
}
