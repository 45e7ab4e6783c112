import { z } from "zod";
import { emailSchema } from "@/lib/schemas/auth";
import { idSchema } from "@/lib/schemas/ids";

const role = z.enum(["OWNER", "RECRUITER"], "Choose owner or recruiter.");

export const inviteMemberSchema = z.object({ email: emailSchema, role });

export const changeMemberRoleSchema = z.object({ memberId: idSchema, role });

export const memberSchema = z.object({ memberId: idSchema });

export const revokeInvitationSchema = z.object({ invitationId: idSchema });

// The shape is checked where it is used (an implausible token is "not valid", never a field error).
export const acceptInvitationSchema = z.object({ token: z.string().min(1).max(200) });
