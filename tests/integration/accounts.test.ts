import { beforeEach, describe, expect, it } from "vitest";
import { signUpSchema } from "@/lib/schemas/auth";
import { registerUser } from "@/server/accounts/register";
import { authenticate } from "@/server/auth/users";
import { db } from "@/server/db";
import { resetDatabase } from "../setup/db";
import { createUser, TEST_PASSWORD } from "../setup/factories";

beforeEach(resetDatabase);

describe("signing up", () => {
  it("an employer gets the company they named, as its owner", async () => {
    const input = signUpSchema.parse({
      role: "EMPLOYER",
      name: "Ada",
      email: " Ada@Example.TEST ",
      password: "long enough pass",
      companyName: "Ledgerline",
    });
    expect(await registerUser(input)).toEqual({ email: "ada@example.test", created: true });
    const user = await db.user.findUniqueOrThrow({ where: { email: "ada@example.test" } });
    expect(user).toMatchObject({ role: "EMPLOYER", emailVerifiedAt: null });
    const membership = await db.companyMember.findFirstOrThrow({ where: { userId: user.id }, include: { company: true } });
    expect(membership).toMatchObject({ role: "OWNER", company: { name: "Ledgerline" } });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("a candidate gets an empty profile and no company", async () => {
    await registerUser(
      signUpSchema.parse({ role: "CANDIDATE", name: "Lin", email: "lin@example.test", password: "long enough pass" }),
    );
    const user = await db.user.findUniqueOrThrow({ where: { email: "lin@example.test" } });
    expect(await db.candidateProfile.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.companyMember.count({ where: { userId: user.id } })).toBe(0);
  });

  it("an employer must name a company, and an email can be used once", async () => {
    const missing = signUpSchema.safeParse({
      role: "EMPLOYER",
      name: "Ada",
      email: "a@example.test",
      password: "long enough pass",
    });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.path).toEqual(["companyName"]);

    const input = signUpSchema.parse({ role: "CANDIDATE", name: "Lin", email: "dup@example.test", password: "long enough pass" });
    await registerUser(input);
    // A taken address changes nothing and answers like a new one (the owner is told by mail).
    expect(await registerUser(input)).toEqual({ email: "dup@example.test", created: false });
    expect(await db.user.count()).toBe(1);
  });

  it("ADMIN cannot be chosen at sign-up", () => {
    expect(
      signUpSchema.safeParse({ role: "ADMIN", name: "Eve", email: "eve@example.test", password: "long enough pass" }).success,
    ).toBe(false);
  });
});

describe("signing in", () => {
  it("accepts the right password and refuses a wrong one or a suspended account", async () => {
    const user = await createUser("CANDIDATE");
    expect(await authenticate(user.email, TEST_PASSWORD)).toMatchObject({ id: user.id, role: "CANDIDATE" });
    expect(await authenticate(user.email, "wrong password")).toBeNull();
    expect(await authenticate("nobody@example.test", TEST_PASSWORD)).toBeNull();

    await db.user.update({ where: { id: user.id }, data: { status: "SUSPENDED" } });
    expect(await authenticate(user.email, TEST_PASSWORD)).toBeNull();
  });

  it("password hashes are never selected by default", async () => {
    const user = await createUser("CANDIDATE");
    const read = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(read).not.toHaveProperty("passwordHash");
  });
});
