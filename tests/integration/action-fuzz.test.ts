import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import type { ActionDefinition, PublicActionDefinition } from "@/server/action";
import { executeAction } from "@/server/action";
import { signInDefinition, signUpDefinition } from "@/server/accounts/actions";
import { applyDefinition } from "@/server/applications/actions";
import { changePasswordDefinition, signOutEverywhereDefinition, signOutSessionDefinition } from "@/server/auth/actions";
import type { Actor } from "@/server/auth/session";
import { createSessionRow } from "@/server/auth/sessions";
import { db } from "@/server/db";
import { submitListingDefinition } from "@/server/listings/actions";
import {
  approveListingDefinition,
  changeRoleDefinition,
  decideListingsDefinition,
  rejectListingDefinition,
  restoreCompanyDefinition,
  restoreUserDefinition,
  suspendCompanyDefinition,
  suspendUserDefinition,
} from "@/server/moderation/actions";
import { reportListingDefinition, resolveReportsDefinition } from "@/server/reports/actions";
import { resetDatabase } from "../setup/db";
import {
  createAdmin,
  createCandidate,
  createEmployer,
  createLevel,
  createListing,
  createRegion,
  createSkill,
} from "../setup/factories";

// Issue 8: every server action's schema, driven with arbitrary input — unicode, NUL and other control
// characters, huge strings, arrays where one value belongs, numbers and objects, extra keys such as status,
// companyId and __proto__ — by every kind of caller. An action either succeeds or refuses with a clear
// message; it never fails unexpectedly (that would log a console.error, which fails the test), and a
// refusal changes no row.

beforeEach(resetDatabase);

/** Everything a refused action could have touched. */
async function snapshot() {
  const [users, sessions, revoked, listings, listingStatuses, applications, audits, profiles, companies, reports] =
    await Promise.all([
      db.user.findMany({ select: { id: true, status: true, role: true, updatedAt: true }, orderBy: { id: "asc" } }),
      db.session.count(),
      db.session.count({ where: { revokedAt: { not: null } } }),
      db.listing.count(),
      db.listing.findMany({ select: { id: true, status: true, updatedAt: true }, orderBy: { id: "asc" } }),
      db.application.count(),
      db.auditLog.count(),
      db.candidateProfile.count(),
      db.company.findMany({ select: { id: true, status: true, updatedAt: true }, orderBy: { id: "asc" } }),
      db.report.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
    ]);
  return { users, sessions, revoked, listings, listingStatuses, applications, audits, profiles, companies, reports };
}

const nasty = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ maxLength: 20 }).map((s) => `${s}\u0000${s}`),
  fc.constantFrom(
    "\u0000",
    "\u0007",
    "\u001b[31m",
    "\u202e",
    "\ud800",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "../../etc/passwd",
  ),
  fc.constantFrom("x".repeat(10_000), "é".repeat(100_000)),
  fc.array(fc.string({ maxLength: 10 }), { minLength: 2, maxLength: 4 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant({ nested: "object" }),
);

/** Arbitrary input over the action's own keys (sometimes left valid) and keys it must ignore. */
function inputFor(valid: Record<string, unknown>, alwaysNasty: string[] = []) {
  const keys = [...new Set([...Object.keys(valid), "status", "companyId", "role", "candidateId", "__proto__", "constructor"])];
  const value = (key: string) => (key in valid && !alwaysNasty.includes(key) ? fc.oneof(fc.constant(valid[key]), nasty) : nasty);
  return fc.tuple(...keys.map((key) => fc.option(value(key), { nil: undefined, freq: 3 }))).map((values) => {
    const input: Record<string, unknown> = {};
    keys.forEach((key, i) => {
      if (values[i] !== undefined) Object.defineProperty(input, key, { value: values[i], enumerable: true });
    });
    return input;
  });
}

type AnyDefinition = ActionDefinition<never, unknown> | PublicActionDefinition<never, unknown>;

describe("every server action under arbitrary input", () => {
  it("refuses cleanly and changes nothing, or succeeds — never an unexpected failure", async () => {
    const level = await createLevel();
    const skill = await createSkill({ name: "Kafka" });
    const region = await createRegion({ name: "European Union", countries: ["DE", "FR"] });
    const employer = await createEmployer();
    const candidate = await createCandidate();
    const admin = await createAdmin();
    const published = await createListing(employer.company.id);
    const pending = await createListing(employer.company.id, { status: "PENDING_REVIEW" });
    const otherSession = await createSessionRow(candidate.user.id);
    // Moderation targets apart from the callers, so a successful suspension does not change who is calling.
    const target = await createCandidate();
    const targetCompany = await createEmployer();
    const reported = await createListing(targetCompany.company.id);
    await db.report.create({ data: { listingId: reported.id, reporterId: target.user.id, reason: "SCAM" } });
    const withSession = (actor: Actor, sessionId: string): Actor => ({ ...actor, sessionId });
    const actors: (Actor | null)[] = [
      null,
      withSession(candidate.actor, (await createSessionRow(candidate.user.id)).id),
      withSession(employer.actor, (await createSessionRow(employer.user.id)).id),
      withSession(admin.actor, (await createSessionRow(admin.user.id)).id),
    ];

    const cases: [string, AnyDefinition, Record<string, unknown>, string[]?][] = [
      // Email always arbitrary: a real sign-in or sign-up would need the request's cookies.
      [
        "sign in",
        signInDefinition as AnyDefinition,
        { email: "", password: "correct horse battery", callbackUrl: "/jobs" },
        ["email"],
      ],
      [
        "sign up",
        signUpDefinition as AnyDefinition,
        { role: "CANDIDATE", name: "Ada", email: "", password: "a long enough password", companyName: "Acme", callbackUrl: "/" },
        ["email"],
      ],
      [
        "apply",
        applyDefinition as AnyDefinition,
        { listingId: published.id, coverNote: "I ran event streaming at scale for years." },
      ],
      [
        "submit a listing",
        submitListingDefinition as AnyDefinition,
        {
          title: "Staff backend architect",
          levelId: level.id,
          description: "You will own the architecture of our payments platform and its event backbone on Kafka. ".repeat(3),
          benefits: "Health cover and 30 days of leave.",
          salaryMin: "180000",
          salaryMax: "240000",
          salaryCurrency: "USD",
          salaryPeriod: "YEAR",
          eligibleRegions: [region.code],
          eligibleCountries: "US",
          tzWindowStartUtc: "13:00",
          tzWindowEndUtc: "21:00",
          tzRequiredOverlapHours: "4",
          visaPolicy: "MUST_HAVE_AUTHORIZATION",
          engagementModel: "EMPLOYEE",
          skills: [skill.id],
        },
      ],
      ["approve", approveListingDefinition as AnyDefinition, { listingId: pending.id }],
      [
        "reject",
        rejectListingDefinition as AnyDefinition,
        { listingId: pending.id, reason: "Please state the bonus as a range." },
      ],
      [
        "change password",
        changePasswordDefinition as AnyDefinition,
        {
          currentPassword: "correct horse battery",
          newPassword: "another long passphrase",
          confirmPassword: "another long passphrase",
        },
        ["currentPassword"],
      ],
      ["sign out a session", signOutSessionDefinition as AnyDefinition, { sessionId: otherSession.id }, ["sessionId"]],
      ["sign out everywhere", signOutEverywhereDefinition as AnyDefinition, {}],
      [
        "report a listing",
        reportListingDefinition as AnyDefinition,
        { listingId: published.id, reason: "OTHER", details: "It asks for a deposit before the interview." },
      ],
      [
        "resolve reports",
        resolveReportsDefinition as AnyDefinition,
        { listingId: reported.id, resolution: "return-to-review", note: "Please state the pay as a yearly range." },
      ],
      [
        "suspend a user",
        suspendUserDefinition as AnyDefinition,
        { userId: target.user.id, reason: "Sent the same message to every employer." },
      ],
      ["restore a user", restoreUserDefinition as AnyDefinition, { userId: target.user.id, reason: "Appeal accepted." }],
      [
        "suspend a company",
        suspendCompanyDefinition as AnyDefinition,
        { companyId: targetCompany.company.id, reason: "Listings asked candidates for fees." },
      ],
      [
        "restore a company",
        restoreCompanyDefinition as AnyDefinition,
        { companyId: targetCompany.company.id, reason: "Appeal accepted." },
      ],
      ["change a role", changeRoleDefinition as AnyDefinition, { userId: target.user.id, role: "EMPLOYER" }],
      [
        "decide several listings",
        decideListingsDefinition as AnyDefinition,
        { listingIds: [pending.id], decision: "reject", preset: "pay-range", reason: "Add the bonus." },
      ],
    ];

    for (const [name, definition, valid, alwaysNasty] of cases) {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...actors), inputFor(valid, alwaysNasty), async (actor, input) => {
          const before = await snapshot();
          const outcome = await executeAction(definition, actor, input);
          if (outcome.ok) return;
          expect(outcome.state, name).toMatchObject({ status: "error", message: expect.any(String) });
          expect(await snapshot(), `${name} refused but changed rows`).toEqual(before);
        }),
        { numRuns: 60 },
      );
    }
  }, 180_000);

  it("a NUL byte in any text field is refused by name before the schema or the database sees it", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    const candidate = await createCandidate();
    const outcome = await executeAction(applyDefinition, candidate.actor, {
      listingId: listing.id,
      coverNote: "A perfectly reasonable note\u0000 with a NUL inside it.",
    });
    expect(outcome).toMatchObject({
      ok: false,
      state: { fieldErrors: { coverNote: [expect.stringContaining("control characters")] } },
    });
    expect(await db.application.count()).toBe(0);
  });
});
