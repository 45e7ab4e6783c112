import { z } from "zod";
import { emailSchema } from "@/lib/schemas/auth";

// The account forms of /settings/account and /settings/data: each asks for the current password again.

const currentPassword = z.string().min(1, "Enter your current password.").max(256);

/** What the owner types to confirm the deletion: a sentence, so it cannot be done by accident. */
export const DELETE_CONFIRMATION = "delete my account";

export const exportDataSchema = z.object({ currentPassword });

export const deleteAccountSchema = z.object({
  currentPassword,
  confirmation: z
    .string()
    .max(100)
    .refine((value) => value.trim().toLowerCase() === DELETE_CONFIRMATION, `Type “${DELETE_CONFIRMATION}” to confirm.`),
});

export const changeEmailSchema = z.object({ newEmail: emailSchema, currentPassword });
