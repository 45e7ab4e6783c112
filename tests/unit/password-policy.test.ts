import { describe, expect, it } from "vitest";
import { isCommonPassword } from "@/lib/common-passwords";
import { passwordSchema } from "@/lib/schemas/auth";

describe("new passwords", () => {
  it.each(["password123", "1234567890", "qwertyuiop", "Password123", " QWERTYUIOP "])("refuses the common %j", (password) => {
    const result = passwordSchema.safeParse(password);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/most common/);
  });

  it.each([
    "a long enough password",
    "correct horse battery",
    "ćma zjadła pączka w Łodzi",
    "月が綺麗ですね、本当に綺麗",
    "🌙🌲🏔️ night forest mountain",
    "x".repeat(256),
  ])("accepts %j", (password) => {
    expect(passwordSchema.safeParse(password).success).toBe(true);
  });

  it("keeps the length rules", () => {
    expect(passwordSchema.safeParse("short").success).toBe(false);
    expect(passwordSchema.safeParse("x".repeat(257)).success).toBe(false);
  });

  it("uses the top 10,000 of the list: the 10,000th is refused, the 10,001st is not", async () => {
    const { dictionary } = await import("@zxcvbn-ts/language-common");
    const list = dictionary["passwords-common"];
    expect(isCommonPassword(list[9_999]!)).toBe(true);
    expect(list.slice(0, 10_000)).not.toContain(list[10_000]);
    expect(isCommonPassword(list[10_000]!)).toBe(false);
  });
});
