import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { SignUpInput } from "@/lib/schemas/auth";
import { randomSuffix, slugify } from "@/lib/slug";
import { sendVerificationEmail } from "@/server/accounts/verification";
import { hashPassword } from "@/server/auth/password";
import type { Tx } from "@/server/db";
import { enqueueEmail, withMail } from "@/server/mail/enqueue";

// Signing up (docs/decisions/021-accounts-by-mail.md). A new address gets an account and a verification
// link; an address that already has an account gets nothing new, and its owner a notice (at most one an
// hour). Both cost one password hash and end in the same answer, so the form cannot be used to find out
// who has an account.

export type SignUpResult = { email: string; created: boolean };

/** "Someone tried to sign up with your address", at most once an hour per address (the key names the hour). */
async function noticeTakenAddress(tx: Tx, email: string, now: Date): Promise<void> {
  const owner = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, emailVerifiedAt: true } });
  if (!owner) return;
  await enqueueEmail(tx, {
    kind: "signup-attempt",
    to: { userId: owner.id },
    data: { name: owner.name, verified: owner.emailVerifiedAt !== null },
    dedupeKey: `signup-attempt:${owner.id}:${now.toISOString().slice(0, 13)}`,
  });
}

/**
 * Creates the account and what its role needs, in one transaction: a candidate gets an empty profile, an
 * employer the company they named, with themselves as its owner; the verification mail commits with them.
 */
export async function registerUser(input: SignUpInput, now = new Date()): Promise<SignUpResult> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await withMail(async (tx) => {
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
        await noticeTakenAddress(tx, input.email, now);
        return { email: input.email, created: false };
      }
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash, role: input.role },
        select: { id: true, name: true },
      });
      if (input.role === "CANDIDATE") {
        await tx.candidateProfile.create({ data: { userId: user.id } });
      } else {
        const companyName = input.companyName ?? input.name;
        await tx.company.create({
          data: {
            name: companyName,
            slug: `${slugify(companyName, 48)}-${randomSuffix()}`,
            members: { create: { userId: user.id, role: "OWNER" } },
          },
        });
      }
      await sendVerificationEmail(tx, user, now);
      return { email: input.email, created: true };
    });
  } catch (error) {
    // Another sign-up with this address committed between our check and our insert: it is taken now.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      await withMail((tx) => noticeTakenAddress(tx, input.email, now));
      return { email: input.email, created: false };
    }
    throw error;
  }
}
