import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { EmailTokenPurpose } from "@/generated/prisma/enums";
import type { Tx } from "@/server/db";
import { db } from "@/server/db";

// Single-use links sent by mail (verification, password reset). The token is 32 random bytes; only its
// SHA-256 is stored, so the database never holds a usable link. Using one is a conditional update —
// unused and unexpired in the `where` — so two clicks at once succeed once.

const MINUTE = 60 * 1000;
export const TOKEN_LIFETIME_MS: Record<EmailTokenPurpose, number> = {
  VERIFY_EMAIL: 24 * 60 * MINUTE,
  RESET_PASSWORD: 30 * MINUTE,
  CHANGE_EMAIL: 24 * 60 * MINUTE,
};

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A token of a plausible shape: 43 base64url characters. Anything else is not looked up at all. */
function plausible(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** Issues a new token for the user; returns the raw token, which only the mail will carry. */
export async function issueEmailToken(tx: Tx, userId: string, purpose: EmailTokenPurpose, now = new Date()) {
  const token = randomBytes(32).toString("base64url");
  const row = await tx.emailToken.create({
    data: {
      userId,
      purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
      createdAt: now,
    },
    select: { id: true },
  });
  return { token, id: row.id };
}

const HOUR_MS = 60 * MINUTE;

/** Whether the user was sent fewer than `perHour` tokens of this purpose in the last hour (per-address limits). */
export async function underHourlyLimit(tx: Tx, userId: string, purpose: EmailTokenPurpose, perHour: number, now = new Date()) {
  const sent = await tx.emailToken.count({ where: { userId, purpose, createdAt: { gte: new Date(now.getTime() - HOUR_MS) } } });
  return sent < perHour;
}

export type TokenState = { status: "valid"; userId: string } | { status: "expired" | "used" | "invalid"; userId?: string };

/** What a token is, without using it (the reset page shows its form only for a usable link). */
export async function inspectEmailToken(token: string, purpose: EmailTokenPurpose, now = new Date()): Promise<TokenState> {
  if (!plausible(token)) return { status: "invalid" };
  const row = await db.emailToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { userId: true, purpose: true, usedAt: true, expiresAt: true },
  });
  if (!row || row.purpose !== purpose) return { status: "invalid" };
  if (row.usedAt) return { status: "used", userId: row.userId };
  if (row.expiresAt <= now) return { status: "expired", userId: row.userId };
  return { status: "valid", userId: row.userId };
}

/** Uses a token inside `tx`: exactly one caller gets "valid"; everyone else learns why not. */
export async function consumeEmailToken(
  tx: Tx,
  token: string,
  purpose: EmailTokenPurpose,
  now = new Date(),
): Promise<TokenState> {
  if (!plausible(token)) return { status: "invalid" };
  const tokenHash = hashToken(token);
  const used = await tx.emailToken.updateManyAndReturn({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
    select: { userId: true },
  });
  if (used[0]) return { status: "valid", userId: used[0].userId };
  const row = await tx.emailToken.findUnique({ where: { tokenHash }, select: { userId: true, purpose: true, usedAt: true } });
  if (!row || row.purpose !== purpose) return { status: "invalid" };
  return { status: row.usedAt ? "used" : "expired", userId: row.userId };
}

/** Ends every other unused token of this purpose (a new password makes older reset links pointless). */
export async function retireEmailTokens(tx: Tx, userId: string, purpose: EmailTokenPurpose, now = new Date()): Promise<void> {
  await tx.emailToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
}
