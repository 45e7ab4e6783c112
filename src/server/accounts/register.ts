import "server-only";
import type { User } from "next-auth";
import { Prisma } from "@/generated/prisma/client";
import { ValidationError } from "@/lib/errors";
import type { SignUpInput } from "@/lib/schemas/auth";
import { randomSuffix, slugify } from "@/lib/slug";
import { hashPassword } from "@/server/auth/password";
import { db } from "@/server/db";

/**
 * Creates the account and what its role needs, in one transaction: a candidate gets an empty profile,
 * an employer gets the company they named, with themselves as its owner.
 */
export async function registerUser(input: SignUpInput): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash, role: input.role },
        select: { id: true, email: true, name: true, role: true },
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
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ValidationError("An account with this email already exists.", {
        email: ["An account with this email already exists. Sign in instead?"],
      });
    }
    throw error;
  }
}
