import { z } from "zod";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address.").max(254, "That email address is too long."));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(256),
});

export const passwordSchema = z.string().min(10, "Use at least 10 characters.").max(256, "Use at most 256 characters.");

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
