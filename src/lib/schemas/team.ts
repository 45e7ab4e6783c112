import { z } from "zod";
import { emailSchema, passwordSchema } from "@/lib/schemas/auth";
import { idSchema } from "@/lib/schemas/ids";

const role = z.enum(["OWNER", "RECRUITER"], "Choose owner or recruiter.");

export const inviteMemberSchema = z.object({ email: emailSchema, role });

export const changeMemberRoleSchema = z.object({ memberId: idSchema, role });

export const memberSchema = z.object({ memberId: idSchema });

export const revokeInvitationSchema = z.object({ invitationId: idSchema });

// The shape is checked where it is used (an implausible token is "not valid", never a field error).
export const acceptInvitationSchema = z.object({ token: z.string().min(1).max(200) });

/**
 * Creating an account from an invitation: no email field (the account takes the invited address) and no
 * company name (the invitation names the company).
 */
export const invitationSignUpSchema = z.object({
  token: z.string().min(1).max(200),
  name: z.string().trim().min(1, "Enter your name.").max(120, "Keep your name under 120 characters."),
  password: passwordSchema,
});

export const switchCompanySchema = z.object({ companyId: idSchema });
