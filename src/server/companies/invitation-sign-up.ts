import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { ConflictError } from "@/lib/errors";
import { hashPassword } from "@/server/auth/password";
import { consumeInvitation, openInvitation } from "@/server/companies/team";
import { db } from "@/server/db";

// Joining a team without an account yet (docs/decisions/024-applicant-export-and-team.md): the invitation
// link stands in for both the verification mail and the company name. The account is created with the
// invited address, already confirmed (the link reached that inbox), as an employer and a member of the
// inviting company — no company of its own — and the invitation is used, all in one transaction.

export type InvitedUser = { id: string; email: string; name: string; role: "EMPLOYER" };

export async function signUpFromInvitation(
  input: { token: string; name: string; password: string },
  now = new Date(),
): Promise<InvitedUser> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const invitation = await openInvitation(tx, input.token, now);
      const taken = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
      if (taken) throw accountExists(invitation.email, input.token);
      const user = await tx.user.create({
        data: { email: invitation.email, name: input.name, passwordHash, role: "EMPLOYER", emailVerifiedAt: now },
        select: { id: true, email: true, name: true },
      });
      await consumeInvitation(tx, invitation, user, now, "sign-up");
      return { ...user, role: "EMPLOYER" as const };
    });
  } catch (error) {
    // Another sign-up with this address committed between our check and our insert.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ConflictError("An account with this address was just created. Sign in with it to accept the invitation.");
    }
    throw error;
  }
}

/**
 * Only someone holding the link learns the address has an account, and the link went to that address:
 * telling them to sign in instead reveals nothing to anyone else (decision 021 stays whole).
 */
function accountExists(email: string, token: string) {
  const error = new ConflictError(`${email} already has a Backplane account. Sign in with it to accept the invitation.`);
  error.action = {
    href: `/sign-in?callbackUrl=${encodeURIComponent(`/invitations/${encodeURIComponent(token)}`)}`,
    label: "Sign in to accept",
  };
  return error;
}
