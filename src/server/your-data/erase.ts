import "server-only";
import { randomBytes } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/server/audit/record";
import { db, type Tx } from "@/server/db";
import { storage } from "@/server/storage";

// Deleting an account (docs/decisions/029-your-data.md). The User row stays as a tombstone — a random
// address on the reserved .invalid domain, a generic name, no password, suspended — because applications
// the employers received keep pointing at it as "Deleted candidate". Everything else that is about the
// person goes, in one transaction; the CV bytes go after it commits.

/** Shown to employers in place of the candidate's name. */
export const DELETED_CANDIDATE_NAME = "Deleted candidate";
const DELETED_MEMBER_NAME = "Deleted user";

/**
 * Rows that belong to the person alone: removed outright. A new per-user table is one more line here
 * (and one in export.ts); the every-table scan in tests/integration/your-data.test.ts catches a forgotten one.
 */
const OWN_ROWS: readonly ((tx: Tx, userId: string) => Promise<unknown>)[] = [
  (tx, userId) => tx.candidateSkill.deleteMany({ where: { candidateId: userId } }),
  (tx, userId) => tx.candidateProfile.deleteMany({ where: { userId } }),
  (tx, userId) => tx.savedListing.deleteMany({ where: { userId } }),
  (tx, userId) => tx.savedSearch.deleteMany({ where: { userId } }),
  (tx, userId) => tx.session.deleteMany({ where: { userId } }),
  (tx, userId) => tx.emailToken.deleteMany({ where: { userId } }),
  (tx, userId) => tx.notificationPreference.deleteMany({ where: { userId } }),
  (tx, userId) => tx.emailDigestItem.deleteMany({ where: { userId } }),
  (tx, userId) => tx.oAuthAccount.deleteMany({ where: { userId } }),
  (tx, userId) => tx.companyMember.deleteMany({ where: { userId } }),
  // What they wrote in a report stays theirs; the report itself (reason, listing) stays for moderation.
  (tx, userId) => tx.report.updateMany({ where: { reporterId: userId }, data: { details: null } }),
];

function escapeHtml(text: string) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** Replaces every spelling of the name (plain, HTML-escaped, JSON-escaped) in a text. */
function scrubName(text: string, name: string, replacement: string): string {
  let out = text;
  for (const form of new Set([name, escapeHtml(name), JSON.stringify(name).slice(1, -1)])) {
    if (form.length > 0) out = out.split(form).join(replacement);
  }
  return out;
}

/**
 * Mail other people received that names the candidate (an employer's "new application" and its daily
 * digest). Found by the candidate's application ids — never by searching for the name, which could be a
 * common word — and rewritten to say "Deleted candidate".
 */
async function scrubMentions(tx: Tx, applicationIds: string[], name: string) {
  for (const applicationId of applicationIds) {
    const pattern = `%${applicationId}%`;
    const mails = await tx.$queryRaw<
      { id: string; data: string; subject: string | null; textBody: string | null; htmlBody: string | null }[]
    >`
      SELECT id, data::text AS data, subject, "textBody", "htmlBody" FROM "EmailOutbox" WHERE data::text LIKE ${pattern}`;
    for (const mail of mails) {
      await tx.emailOutbox.update({
        where: { id: mail.id },
        data: {
          data: JSON.parse(scrubName(mail.data, name, DELETED_CANDIDATE_NAME)) as Prisma.InputJsonValue,
          subject: mail.subject === null ? null : scrubName(mail.subject, name, DELETED_CANDIDATE_NAME),
          textBody: mail.textBody === null ? null : scrubName(mail.textBody, name, DELETED_CANDIDATE_NAME),
          htmlBody: mail.htmlBody === null ? null : scrubName(mail.htmlBody, name, DELETED_CANDIDATE_NAME),
        },
      });
    }
    const items = await tx.$queryRaw<{ id: string; data: string }[]>`
      SELECT id, data::text AS data FROM "EmailDigestItem" WHERE data::text LIKE ${pattern}`;
    for (const item of items) {
      await tx.emailDigestItem.update({
        where: { id: item.id },
        data: { data: JSON.parse(scrubName(item.data, name, DELETED_CANDIDATE_NAME)) as Prisma.InputJsonValue },
      });
    }
  }
}

/** Refuses while the account is the last owner of a company: the company would be left with nobody in charge. */
async function assertNotLastOwner(tx: Tx, userId: string) {
  const owned = await tx.companyMember.findMany({
    where: { userId, role: "OWNER" },
    select: { companyId: true, company: { select: { name: true } } },
  });
  for (const { companyId, company } of owned) {
    const others = await tx.companyMember.count({ where: { companyId, role: "OWNER", userId: { not: userId } } });
    if (others === 0) {
      throw new ConflictError(
        `You are the last owner of ${company.name}. Make another team member an owner first, so the company is not left without one.`,
      );
    }
  }
}

export type ErasureResult = { applicationsKept: number; documentsRemoved: number };

/**
 * Erases the account of `userId` (already re-authenticated by the caller). The row is locked first, so two
 * requests erase once; a second finds it deleted and answers "not found".
 */
export async function eraseAccount(userId: string, now = new Date()): Promise<ErasureResult> {
  const { storageKeys, result } = await db.$transaction(async (tx) => {
    const [user] = await tx.$queryRaw<{ id: string; email: string; name: string; role: string }[]>`
      SELECT id, email, name, role FROM "User" WHERE id = ${userId} AND "deletedAt" IS NULL FOR UPDATE`;
    if (!user) throw new NotFoundError("This account was not found.");
    await assertNotLastOwner(tx, user.id);

    const applications = await tx.application.findMany({ where: { candidateId: user.id }, select: { id: true } });
    const applicationIds = applications.map((a) => a.id);
    const documents = await tx.document.findMany({ where: { ownerId: user.id }, select: { storageKey: true } });

    // Applications stay for the employers, with nothing the candidate wrote or sent: no cover note, no
    // answers, no CV; no messages on the timeline (theirs or the ones addressed to them by name); no notes
    // the company kept about them. Status and dates remain.
    await tx.application.updateMany({
      where: { candidateId: user.id },
      data: { coverNote: "", answers: Prisma.DbNull, cvDocumentId: null },
    });
    await tx.applicationEvent.updateMany({ where: { applicationId: { in: applicationIds } }, data: { message: null } });
    await tx.applicationNote.deleteMany({ where: { applicationId: { in: applicationIds } } });
    await tx.document.deleteMany({ where: { ownerId: user.id } });

    for (const remove of OWN_ROWS) await remove(tx, user.id);
    await tx.companyInvitation.deleteMany({ where: { email: { equals: user.email, mode: "insensitive" } } });
    await tx.emailOutbox.deleteMany({
      where: { OR: [{ userId: user.id }, { toAddress: { equals: user.email, mode: "insensitive" } }] },
    });
    await scrubMentions(tx, applicationIds, user.name);

    const tombstoneEmail = `deleted-${randomBytes(12).toString("hex")}@invalid`;
    await tx.user.update({
      where: { id: user.id },
      data: {
        email: tombstoneEmail,
        name: user.role === "CANDIDATE" ? DELETED_CANDIDATE_NAME : DELETED_MEMBER_NAME,
        passwordHash: null,
        status: "SUSPENDED",
        suspendedAt: now,
        emailVerifiedAt: null,
        deletedAt: now,
      },
    });
    // The only change the audit trigger allows: the actor's address becomes the tombstone's.
    await tx.auditLog.updateMany({
      where: { OR: [{ actorId: user.id }, { actorEmail: { equals: user.email, mode: "insensitive" } }] },
      data: { actorEmail: tombstoneEmail },
    });
    const result = { applicationsKept: applicationIds.length, documentsRemoved: documents.length };
    await recordAudit(
      tx,
      { id: user.id, email: tombstoneEmail },
      {
        action: "user.delete",
        targetType: "User",
        targetId: user.id,
        metadata: result,
      },
    );
    return { storageKeys: documents.map((d) => d.storageKey), result };
  });
  // After the commit: a failed removal leaves unreferenced bytes, never a row pointing at nothing.
  for (const key of storageKeys) {
    await storage()
      .delete(key)
      .catch((error: unknown) =>
        console.warn("Could not remove the bytes of a deleted account's CV; they are unreferenced.", error),
      );
  }
  return result;
}
