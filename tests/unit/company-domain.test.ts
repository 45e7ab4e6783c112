import { describe, expect, it } from "vitest";
import { isFreeMailDomain, verifiableDomain, verificationAddress } from "@/lib/company-domain";
import { accountSignal, verificationSignal } from "@/lib/moderation-signals";

// Which address proves a company's domain (decision 033), and the review queue's account signals.

describe("verifiableDomain", () => {
  it("is the website's registrable domain", () => {
    expect(verifiableDomain("https://www.ledgerline.example/about")).toEqual({ domain: "ledgerline.example" });
    expect(verifiableDomain("https://careers.acme.co.uk")).toEqual({ domain: "acme.co.uk" });
  });
  it("refuses no website and a free-mail provider's site", () => {
    expect(verifiableDomain(null)).toHaveProperty("problem");
    expect(verifiableDomain("https://mail.google.com")).toHaveProperty("problem");
    expect(isFreeMailDomain("GMAIL.com")).toBe(true);
    expect(isFreeMailDomain("ledgerline.example")).toBe(false);
  });
});

describe("verificationAddress", () => {
  it("puts a local part on the domain, lower-cased", () => {
    expect(verificationAddress(" Jobs ", "ledgerline.example")).toEqual({ email: "jobs@ledgerline.example" });
    expect(verificationAddress("first.last+hr", "ledgerline.example")).toEqual({ email: "first.last+hr@ledgerline.example" });
  });
  it("takes a whole address on the domain or a subdomain", () => {
    expect(verificationAddress("hr@LEDGERLINE.example", "ledgerline.example")).toEqual({ email: "hr@ledgerline.example" });
    expect(verificationAddress("hr@mail.ledgerline.example", "ledgerline.example")).toEqual({
      email: "hr@mail.ledgerline.example",
    });
  });
  it("refuses other domains, look-alikes and junk", () => {
    for (const typed of [
      "jobs@gmail.com",
      "jobs@evilledgerline.example",
      "jobs@ledgerline.example.evil.test",
      "a b",
      "a..b",
      ".jobs",
      "x\u0000y",
      "jobs@ledgerline..example",
      "",
      "@ledgerline.example",
    ]) {
      expect(verificationAddress(typed, "ledgerline.example"), JSON.stringify(typed)).toHaveProperty("problem");
    }
  });
});

describe("account signals", () => {
  const now = new Date("2026-12-01T12:00:00Z");
  const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
  it("flag an account younger than two weeks, with its age", () => {
    expect(accountSignal({ createdAt: daysAgo(0.5) }, now)).toMatchObject({
      kind: "new-account",
      message: expect.stringContaining("today"),
    });
    expect(accountSignal({ createdAt: daysAgo(3) }, now)?.message).toContain("3 days ago");
    expect(accountSignal({ createdAt: daysAgo(14) }, now)).toBeNull();
    expect(accountSignal(null, now)).toBeNull();
  });
  it("flag an unverified employer and not a verified one", () => {
    expect(verificationSignal({ verifiedDomain: null })).toMatchObject({ kind: "unverified" });
    expect(verificationSignal({ verifiedDomain: "ledgerline.example" })).toBeNull();
  });
});
