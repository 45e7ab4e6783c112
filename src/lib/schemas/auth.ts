import { z } from "zod";
import { isCommonPassword } from "@/lib/common-passwords";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address.").max(254, "That email address is too long."));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(256),
});

/**
 * A new password: long enough, not absurdly long (argon2 hashes it), and not one of the 10,000 most common
 * ones. Any characters are welcome: a long passphrase in any script is the best kind.
 */
export const passwordSchema = z
  .string()
  .min(10, "Use at least 10 characters.")
  .max(256, "Use at most 256 characters.")
  .refine(
    (value) => !isCommonPassword(value),
    "That password is one of the most common ones. Choose another — a few unrelated words work well.",
  );

export const signUpSchema = z
  .object({
    role: z.enum(["CANDIDATE", "EMPLOYER"], "Choose whether you are looking for work or hiring."),
    name: z.string().trim().min(1, "Enter your name.").max(120, "Keep your name under 120 characters."),
    email: emailSchema,
    password: passwordSchema,
    companyName: z.string().trim().max(120, "Keep the company name under 120 characters.").optional(),
  })
  .superRefine((value, ctx) => {
    if (value.role === "EMPLOYER" && (!value.companyName || value.companyName.length < 2)) {
      ctx.addIssue({ code: "custom", path: ["companyName"], message: "Name the company you are hiring for." });
    }
  });

export type SignUpInput = z.infer<typeof signUpSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(256),
    newPassword: passwordSchema,
    confirmPassword: z.string().max(256),
  })
  .superRefine((value, ctx) => {
    if (value.newPassword !== value.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The two new passwords are not the same." });
    } else if (value.newPassword === value.currentPassword) {
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: "Choose a password different from the current one." });
    }
  });
