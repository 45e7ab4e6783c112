import "server-only";
import { z } from "zod";
import { mailTokenSchema } from "@/lib/schemas/account-mail";
import { companyLogoSchema, companySettingsSchema, companyVerificationSchema } from "@/lib/schemas/company";
import {
  acceptInvitationSchema,
  changeMemberRoleSchema,
  invitationSignUpSchema,
  inviteMemberSchema,
  memberSchema,
  revokeInvitationSchema,
  switchCompanySchema,
} from "@/lib/schemas/team";
import { companyPath } from "@/lib/site-url";
import { ConflictError } from "@/lib/errors";
import { defineAction, definePublicAction } from "@/server/action";
import { consumeRateLimit } from "@/server/auth/rate-limit";
import { startSession } from "@/server/auth/session-cookie";
import { switchCompany } from "@/server/companies/active-company";
import { signUpFromInvitation } from "@/server/companies/invitation-sign-up";
import { LISTINGS_TAG } from "@/server/cache/tags";
import { removeCompanyLogo, uploadCompanyLogo } from "@/server/companies/logo";
import { updateCompanySettings } from "@/server/companies/settings";
import { confirmCompanyVerification, requestCompanyVerification } from "@/server/companies/verification";
import { clientAddress } from "@/server/request";
import {
  acceptInvitation,
  changeMemberRole,
  inviteMember,
  removeMember,
  revokeInvitation,
  transferOwnership,
} from "@/server/companies/team";

// Kept out of the "use server" modules so tests run them through executeAction.

export const updateCompanyDefinition = defineAction({
  roles: ["EMPLOYER"],
  schema: companySettingsSchema,
  run: (input, actor) => updateCompanySettings(actor, input),
  after: (result) => ({
    // The company shows on its public page and on every listing page of its roles.
    tags: [LISTINGS_TAG],
    revalidate: ["/employer/company", companyPath(result.slug)],
    message:
      result.changed.length === 0
        ? "Nothing to change: the profile was already like this."
        : result.unverified
          ? "Company profile saved. The website is on another domain now, so the company is no longer verified."
          : "Company profile saved.",
  }),
});

/** An owner asks for a link at an address on the website's domain (decision 033). */
export const requestVerificationDefinition = defineAction({
  roles: ["EMPLOYER"],
  schema: companyVerificationSchema,
  async run(input, actor) {
    await consumeRateLimit(`company-verification:${actor.id}`, 10, 60 * 60 * 1000);
    return requestCompanyVerification(actor, input);
  },
  after: (sent) => ({
    revalidate: ["/employer/company"],
    message: `We sent a link to ${sent.email}. Open it signed in to Backplane within 24 hours to verify ${sent.domain}.`,
  }),
});

/** A member of the company follows the mailed link and confirms; the badge shows wherever the company does. */
export const confirmVerificationDefinition = defineAction({
  roles: ["EMPLOYER"],
  schema: z.object({ token: mailTokenSchema }),
  run: (input, actor) => confirmCompanyVerification(actor, input.token),
  after: (result) => ({
    tags: [LISTINGS_TAG],
    revalidate: ["/employer/company", companyPath(result.slug)],
    redirectTo: "/employer/company?verified=1",
  }),
});

// The logo shows on the company page, the listing pages and every card: all of them expire with it.
export const uploadCompanyLogoDefinition = defineAction({
  roles: ["EMPLOYER"],
  schema: companyLogoSchema,
  async run(input, actor) {
    // Each upload is decoded and stored: ample for trying a few logos, not a loop that fills the disk.
    await consumeRateLimit(`logo-upload:${actor.id}`, 30, 60 * 60 * 1000);
    return uploadCompanyLogo(actor, input.logo);
  },
  after: (result) => ({
    tags: [LISTINGS_TAG],
    revalidate: ["/employer/company", companyPath(result.slug)],
    message: "Logo saved. It now shows on your company page and your listings.",
  }),
});

export const removeCompanyLogoDefinition = defineAction({
  roles: ["EMPLOYER"],
  schema: z.object({}),
  run: (_input, actor) => removeCompanyLogo(actor),
  after: (result) => ({
    tags: [LISTINGS_TAG],
    revalidate: ["/employer/company", companyPath(result.slug)],
    message: result.removed ? "Logo removed; your initials show in its place." : "There was no logo to remove.",
  }),
});

const roleName = (role: "OWNER" | "RECRUITER") => (role === "OWNER" ? "an owner" : "a recruiter");

export const inviteMemberDefinition = defineAction({
  roles: ["EMPLOYER"],
  schema: inviteMemberSchema,
  async run(input, actor) {
    // Generous for a hiring team, tight enough that the invitation mail cannot be used to spam.
    await consumeRateLimit(`team-invite:${actor.id}`, 30, 60 * 60 * 1000);
    return inviteMember(actor, input);
  },
  after: (invitation) => ({
    revalidate: ["/employer/team"],
    message: `Invitation sent to ${invitation.email}; the link works for 7 days.`,
  }),
});

export const revokeInvitationDefinition = defineAction({
  roles: ["EMPLOYER"],
  schema: revokeInvitationSchema,
  run: (input, actor) => revokeInvitation(actor, input),
  after: (revoked) => ({ revalidate: ["/employer/team"], message: `The invitation to ${revoked.email} was withdrawn.` }),
});

export const changeMemberRoleDefinition = defineAction({
  roles: ["EMPLOYER"],
  schema: changeMemberRoleSchema,
  run: (input, actor) => changeMemberRole(actor, input),
  after: (result) => ({
    revalidate: ["/employer/team", "/employer/company"],
    message: result.self ? `You are now ${roleName(result.role)}.` : `They are now ${roleName(result.role)}.`,
  }),
});

export const removeMemberDefinition = defineAction({
  roles: ["EMPLOYER"],
  schema: memberSchema,
  run: (input, actor) => removeMember(actor, input),
  after: (result) =>
    result.self ? { redirectTo: "/employer/listings" } : { revalidate: ["/employer/team"], message: "Removed from the team." },
});

export const transferOwnershipDefinition = defineAction({
  roles: ["EMPLOYER"],
  schema: memberSchema,
  run: (input, actor) => transferOwnership(actor, input),
  after: () => ({
    revalidate: ["/employer/team", "/employer/company"],
    message: "Ownership handed over: they are the owner now, and you are a recruiter.",
  }),
});

/** Any signed-in account may try; the invitation's address and the account's role decide. */
export const acceptInvitationDefinition = defineAction({
  roles: ["CANDIDATE", "EMPLOYER", "ADMIN"],
  schema: acceptInvitationSchema,
  run: (input, actor) => acceptInvitation(actor, input),
  after: () => ({ redirectTo: "/employer/team?joined=1" }),
});

/**
 * Someone invited who has no account creates one from the link: the invited address, an employer, a
 * member of the inviting company, signed in at once (the link proved the address, so there is nothing
 * left for a verification mail to prove).
 */
export const invitationSignUpDefinition = definePublicAction({
  roles: "public" as const,
  schema: invitationSignUpSchema,
  async run(input, actor) {
    if (actor) throw new ConflictError(`You are signed in as ${actor.email}. Sign out first to create a new account.`);
    await consumeRateLimit(`invitation-sign-up:ip:${await clientAddress()}`, 10, 60 * 60 * 1000);
    const user = await signUpFromInvitation(input);
    await startSession(user);
    return user;
  },
  after: () => ({ redirectTo: "/employer/team?joined=1" }),
});

/** An employer in several companies chooses the one this session acts for. */
export const switchCompanyDefinition = defineAction({
  roles: ["EMPLOYER"],
  schema: switchCompanySchema,
  run: (input, actor) => switchCompany(actor, input),
  after: () => ({ redirectTo: "/employer/listings" }),
});
