import { z } from "zod";
import { emailSchema, passwordSchema } from "@/lib/schemas/auth";

// Forms that act on an account through its mail: asking for a link, and choosing a new password.

export const emailOnlySchema = z.object({ email: emailSchema });

/** The raw token from a mail link: 43 base64url characters; anything else is refused before any lookup. */
export const mailTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This link is not valid. Ask for a new one.");

export const resetPasswordSchema = z
  .object({
    token: mailTokenSchema,
    password: passwordSchema,
    confirmPassword: z.string().max(256),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "The two passwords differ." });
