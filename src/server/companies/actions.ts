import "server-only";
import { companySettingsSchema } from "@/lib/schemas/company";
import {
  acceptInvitationSchema,
  changeMemberRoleSchema,
  inviteMemberSchema,
  memberSchema,
  revokeInvitationSchema,
} from "@/lib/schemas/team";
import { companyPath } from "@/lib/site-url";
import { defineAction } from "@/server/action";
import { consumeRateLimit } from "@/server/auth/rate-limit";
import { LISTINGS_TAG } from "@/server/cache/tags";
import { updateCompanySettings } from "@/server/companies/settings";
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
    message: result.changed.length === 0 ? "Nothing to change: the profile was already like this." : "Company profile saved.",
  }),
});

const roleName = (role: "OWNER" | "RECRUITER") => (role === "OWNER" ? "an owner" : "a recruiter");

export const inviteMemberDefinition = defineAction({
  roles: ["EMPLOYER"],
  schema: inviteMemberSchema,
  run: async (input, actor) => {
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
