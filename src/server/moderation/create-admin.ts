import "server-only";
import { randomBytes } from "node:crypto";
import { ValidationError } from "@/lib/errors";
import { emailSchema } from "@/lib/schemas/auth";
import { recordAudit, type AuditActor } from "@/server/audit/record";
import { hashPassword } from "@/server/auth/password";
import { revokeUserSessions } from "@/server/auth/sessions";
import { db } from "@/server/db";

// `npm run admin:create -- <email>` (scripts/admin-create.ts): the first admin, or a new one, without
// touching the database by hand. Whoever runs it has the server's credentials, so it needs no admin.

/** The audit log's actor for changes made from the command line. */
export const COMMAND_LINE_ACTOR: AuditActor = { id: null, email: "command-line@backplane" };

export type CreateAdminResult =
  | { outcome: "created"; userId: string; email: string; password: string }
  | { outcome: "promoted"; userId: string; email: string; from: string; suspended: boolean }
  | { outcome: "already-admin"; userId: string; email: string; suspended: boolean };

export async function createOrPromoteAdmin(rawEmail: string, name?: string): Promise<CreateAdminResult> {
  const parsed = emailSchema.safeParse(rawEmail);
  if (!parsed.success) throw new ValidationError(`"${rawEmail}" is not an email address.`);
  const email = parsed.data;
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, role: true, status: true } });
    if (existing?.role === "ADMIN") {
      return { outcome: "already-admin", userId: existing.id, email, suspended: existing.status === "SUSPENDED" } as const;
    }
    if (existing) {
      await tx.user.update({ where: { id: existing.id }, data: { role: "ADMIN" } });
      await revokeUserSessions(existing.id, { tx });
      await recordAudit(tx, COMMAND_LINE_ACTOR, {
        action: "user.role-change",
        targetType: "User",
        targetId: existing.id,
        metadata: { from: existing.role, to: "ADMIN" },
      });
      return {
        outcome: "promoted",
        userId: existing.id,
        email,
        from: existing.role,
        suspended: existing.status === "SUSPENDED",
      } as const;
    }
    // Shown once to the person running the command; they change it after signing in.
    const password = randomBytes(18).toString("base64url");
    const user = await tx.user.create({
      data: {
        email,
        name: name?.trim() || email.split("@")[0]!,
        role: "ADMIN",
        passwordHash: await hashPassword(password),
        // The operator vouches for the address.
        emailVerifiedAt: new Date(),
      },
      select: { id: true },
    });
    await recordAudit(tx, COMMAND_LINE_ACTOR, { action: "user.create-admin", targetType: "User", targetId: user.id });
    return { outcome: "created", userId: user.id, email, password } as const;
  });
}
