import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import type { ActionDefinition, PublicActionDefinition } from "@/server/action";
import { executeAction } from "@/server/action";
import { signInDefinition, signUpDefinition } from "@/server/accounts/actions";
import { applyDefinition, editCoverNoteDefinition, withdrawApplicationDefinition } from "@/server/applications/actions";
import {
  createSavedSearchDefinition,
  deleteSavedSearchDefinition,
  saveListingDefinition,
  saveProfileDefinition,
  unsaveListingDefinition,
  updateSavedSearchDefinition,
} from "@/server/candidates/actions";
import {
  addApplicationNoteDefinition,
  moveApplicantDefinition,
  moveApplicantsDefinition,
  rateApplicationDefinition,
} from "@/server/applications/pipeline-actions";
import { changePasswordDefinition, signOutEverywhereDefinition, signOutSessionDefinition } from "@/server/auth/actions";
import type { Actor } from "@/server/auth/session";
import { createSessionRow } from "@/server/auth/sessions";
import {
  acceptInvitationDefinition,
  changeMemberRoleDefinition,
  invitationSignUpDefinition,
  inviteMemberDefinition,
  removeMemberDefinition,
  revokeInvitationDefinition,
  switchCompanyDefinition,
  transferOwnershipDefinition,
  removeCompanyLogoDefinition,
  updateCompanyDefinition,
} from "@/server/companies/actions";
import { db } from "@/server/db";
import { deleteCvDefinition, uploadCvDefinition } from "@/server/documents/actions";
import { submitListingDefinition } from "@/server/listings/actions";
import {
  closeListingDefinition,
  confirmListingDefinition,
  deleteDraftDefinition,
  duplicateListingDefinition,
  editListingDefinition,
  renewListingDefinition,
} from "@/server/listings/employer-actions";
import { approveEditDefinition, rejectEditDefinition } from "@/server/listings/edit-review-actions";
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
import { changeEmailDefinition, deleteAccountDefinition } from "@/server/your-data/actions";
import { resetDatabase } from "../setup/db";
import {
  createAdmin,
  createCandidate,
  createEmployer,
  createLevel,
  createListing,
  createRegion,
  createSkill,
  createUser,
} from "../setup/factories";
import { buildPdf } from "../setup/pdf";

// Issue 8: every server action's schema, driven with arbitrary input — unicode, NUL and other control
// characters, huge strings, arrays where one value belongs, numbers and objects, extra keys such as status,
// companyId and __proto__ — by every kind of caller. An action either succeeds or refuses with a clear
// message; it never fails unexpectedly (that would log a console.error, which fails the test), and a
// refusal changes no row.

beforeEach(resetDatabase);

/** Everything a refused action could have touched. */
async function snapshot() {
  const [users, sessions, revoked, listings, listingStatuses, applications, audits, profiles, companies, documents, reports] =
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
      db.document.findMany({ select: { id: true, deletedAt: true }, orderBy: { id: "asc" } }),
      db.report.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
    ]);
  // The pipeline's rows: stage, rating and notes of every application.
  const pipeline = await Promise.all([
    db.application.findMany({ select: { id: true, status: true, rating: true }, orderBy: { id: "asc" } }),
    db.applicationNote.count(),
    db.company.findMany({ select: { id: true, name: true, website: true, updatedAt: true }, orderBy: { id: "asc" } }),
    db.companySkill.count(),
    db.companyMember.findMany({ select: { id: true, role: true }, orderBy: { id: "asc" } }),
    db.companyInvitation.findMany({ select: { id: true, tokenHash: true, acceptedAt: true }, orderBy: { id: "asc" } }),
  ]);
  return {
    users,
    sessions,
    revoked,
    listings,
    listingStatuses,
    applications,
    audits,
    profiles,
    companies,
    documents,
    reports,
    pipeline,
  };
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
    const draft = await createListing(employer.company.id, { status: "DRAFT" });
    const expired = await createListing(employer.company.id, { status: "EXPIRED" });
    const editedAt = new Date();
    const edited = await createListing(employer.company.id, { pendingEdit: { title: "An edit" }, pendingEditAt: editedAt });
    const otherSession = await createSessionRow(candidate.user.id);
    const cvFile = new File([new Uint8Array(buildPdf())], "cv.pdf", { type: "application/pdf" });
    const cv = await executeAction(uploadCvDefinition, candidate.actor, { file: cvFile });
    if (!cv.ok) throw new Error("could not upload the fuzz CV");
    const ownSearch = await db.savedSearch.create({
      data: { userId: candidate.user.id, name: "Mine", query: "q=kafka", feedToken: "fuzz-feed-token" },
    });
    const ownApplication = await db.application.create({
      data: {
        listingId: (await createListing(employer.company.id)).id,
        candidateId: candidate.user.id,
        coverNote: "An earlier note.",
      },
    });
    const applicant = await createCandidate();
    const application = await db.application.create({
      data: { listingId: published.id, candidateId: applicant.user.id, coverNote: "I have designed ledgers for a decade." },
    });
    const recruiterUser = await createUser("EMPLOYER");
    const recruiter = await db.companyMember.create({
      data: { companyId: employer.company.id, userId: recruiterUser.id, role: "RECRUITER" },
    });
    const invitation = await db.companyInvitation.create({
      data: {
        companyId: employer.company.id,
        email: "invited@example.test",
        tokenHash: "0".repeat(64),
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
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

    const listingForm = {
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
      eligibleStates: ["CO", "NY"],
      eligibleProvinces: [],
      applicationsCloseOn: new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10),
      aiScreening: "no",
      existingVacancy: "yes",
    };
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
        { listingId: published.id, coverNote: "I ran event streaming at scale for years.", cvDocumentId: cv.result.id },
      ],
      ["upload a CV", uploadCvDefinition as AnyDefinition, { file: cvFile }],
      ["delete a CV", deleteCvDefinition as AnyDefinition, { documentId: cv.result.id }],
      ["remove the company logo", removeCompanyLogoDefinition as AnyDefinition, {}],
      ["submit a listing", submitListingDefinition as AnyDefinition, listingForm],
      ["edit a listing", editListingDefinition as AnyDefinition, { ...listingForm, listingId: draft.id, intent: "save" }],
      ["renew a listing", renewListingDefinition as AnyDefinition, { listingId: expired.id }],
      ["confirm a listing", confirmListingDefinition as AnyDefinition, { listingId: published.id }],
      ["duplicate a listing", duplicateListingDefinition as AnyDefinition, { listingId: published.id }],
      ["close a listing", closeListingDefinition as AnyDefinition, { listingId: published.id, closeReason: "HIRED_ELSEWHERE" }],
      ["delete a draft", deleteDraftDefinition as AnyDefinition, { listingId: draft.id }],
      [
        "approve",
        approveListingDefinition as AnyDefinition,
        { listingId: pending.id, version: String(pending.updatedAt.getTime()) },
      ],
      [
        "reject an edit",
        rejectEditDefinition as AnyDefinition,
        { listingId: edited.id, version: String(editedAt.getTime()), reason: "The new pay contradicts the description." },
      ],
      ["approve an edit", approveEditDefinition as AnyDefinition, { listingId: edited.id, version: String(editedAt.getTime()) }],
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
        "withdraw an application",
        withdrawApplicationDefinition as AnyDefinition,
        { applicationId: ownApplication.id, reason: "Took another offer." },
      ],
      [
        "edit a cover note",
        editCoverNoteDefinition as AnyDefinition,
        { applicationId: ownApplication.id, coverNote: "A rewritten note about event streaming at scale." },
      ],
      ["save a listing", saveListingDefinition as AnyDefinition, { listingId: published.id, returnTo: "/jobs" }],
      ["unsave a listing", unsaveListingDefinition as AnyDefinition, { listingId: published.id, returnTo: "/jobs" }],
      [
        "save a search",
        createSavedSearchDefinition as AnyDefinition,
        { query: "q=kafka&level=staff", name: "Kafka", frequency: "daily" },
      ],
      [
        "edit a saved search",
        updateSavedSearchDefinition as AnyDefinition,
        { savedSearchId: ownSearch.id, name: "Kafka", frequency: "weekly" },
      ],
      ["delete a saved search", deleteSavedSearchDefinition as AnyDefinition, { savedSearchId: ownSearch.id }],
      [
        "save the candidate profile",
        saveProfileDefinition as AnyDefinition,
        {
          name: "Ada",
          headline: "Backend architect",
          yearsExperience: "12",
          country: "DE",
          timezone: "Europe/Berlin",
          workDayStart: "09:00",
          workDayEnd: "17:00",
          workAuthorizations: ["DE", "FR"],
          levels: level.id,
          skills: [skill.id],
          minPayAmount: "120000",
          minPayCurrency: "EUR",
          minPayPeriod: "YEAR",
          githubUrl: "https://github.com/ada",
          linkedinUrl: "https://linkedin.com/in/ada",
          websiteUrl: "https://ada.example.org",
        },
      ],
      [
        "move applicants",
        moveApplicantsDefinition as AnyDefinition,
        { listingId: published.id, applicationIds: [application.id], to: "REVIEWING", message: "Thanks, we will be in touch." },
      ],
      ["move an applicant", moveApplicantDefinition as AnyDefinition, { applicationId: application.id, to: "INTERVIEW" }],
      [
        "note on an applicant",
        addApplicationNoteDefinition as AnyDefinition,
        { applicationId: application.id, body: "Ask about on-call." },
      ],
      ["rate an applicant", rateApplicationDefinition as AnyDefinition, { applicationId: application.id, rating: "4" }],
      [
        "company profile",
        updateCompanyDefinition as AnyDefinition,
        {
          name: "Ledgerline",
          website: "https://ledgerline.example",
          size: "SIZE_11_50",
          industryId: "",
          remotePolicy: "Remote-first, async by default.",
          description: "We build ledgers.",
          techStack: [skill.id],
        },
      ],
      ["invite", inviteMemberDefinition as AnyDefinition, { email: "grace@example.test", role: "RECRUITER" }],
      ["withdraw an invitation", revokeInvitationDefinition as AnyDefinition, { invitationId: invitation.id }],
      ["accept an invitation", acceptInvitationDefinition as AnyDefinition, { token: "" }, ["token"]],
      // Token always arbitrary: a real one would sign in, which needs the request's cookies.
      [
        "sign up from an invitation",
        invitationSignUpDefinition as AnyDefinition,
        { token: "", name: "Grace", password: "a long enough password" },
        ["token"],
      ],
      ["switch company", switchCompanyDefinition as AnyDefinition, { companyId: employer.company.id }],
      ["set a member's role", changeMemberRoleDefinition as AnyDefinition, { memberId: recruiter.id, role: "RECRUITER" }],
      ["remove a member", removeMemberDefinition as AnyDefinition, { memberId: recruiter.id }],
      // The password always arbitrary: a real change or deletion would end the fuzz's accounts.
      [
        "change email",
        changeEmailDefinition as AnyDefinition,
        { newEmail: "new-address@example.test", currentPassword: "correct horse battery" },
        ["currentPassword"],
      ],
      [
        "delete account",
        deleteAccountDefinition as AnyDefinition,
        { confirmation: "delete my account", currentPassword: "correct horse battery" },
        ["currentPassword"],
      ],
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
      // Last: a successful hand-over makes the employer a recruiter for every case after it.
      ["hand ownership over", transferOwnershipDefinition as AnyDefinition, { memberId: recruiter.id }],
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
