import { mkdtempSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/session";

// Settings and "your data" (issue 11, docs/decisions/029-your-data.md): the export holds every section
// with the account's rows and nobody else's, only after the password; deletion leaves no trace of the
// person in any text or JSON column of any table, while the employer keeps the application as
// "Deleted candidate"; changing the address waits for the link mailed to the new one.

// Before any app module reads the environment: uploads go to a folder of their own.
const uploads = mkdtempSync(path.join(os.tmpdir(), "backplane-your-data-test-"));
process.env.UPLOADS_DIR = uploads;

const { executeAction } = await import("@/server/action");
const { applyDefinition } = await import("@/server/applications/actions");
const { requestVerificationDefinition } = await import("@/server/companies/actions");
const { listApplicationsForOwnListing } = await import("@/server/applications/employer");
const { moveApplication } = await import("@/server/applications/lifecycle");
const { confirmEmailChange } = await import("@/server/accounts/email-change");
const { authenticate } = await import("@/server/auth/users");
const { createSessionRow } = await import("@/server/auth/sessions");
const { db } = await import("@/server/db");
const { uploadCvDefinition } = await import("@/server/documents/actions");
const { recordAudit } = await import("@/server/audit/record");
const { enqueueEmail } = await import("@/server/mail/enqueue");
const { storage } = await import("@/server/storage");
const { changeEmailDefinition, deleteAccountDefinition } = await import("@/server/your-data/actions");
const { serveDataExport } = await import("@/server/your-data/download");
const { DELETED_CANDIDATE_NAME } = await import("@/server/your-data/erase");
const { resetDatabase } = await import("../setup/db");
const { TEST_PASSWORD, actorFor, createEmployer, createListing, createSkill, createUser } = await import("../setup/factories");
const { buildPdf } = await import("../setup/pdf");

beforeEach(async () => {
  await resetDatabase();
  await rm(path.join(uploads, "cv"), { recursive: true, force: true });
});
afterAll(() => rm(uploads, { recursive: true, force: true }));

const NAME = "Zenobia Quartermaine";

/** A candidate with something in every section of the export, and an employer who received their application. */
async function seededCandidate(tag = "zq", name = NAME) {
  const employer = await createEmployer();
  const listing = await createListing(employer.company.id, { title: `Staff architect ${tag}` });
  const other = await createListing(employer.company.id);
  const user = await createUser("CANDIDATE", { name, email: `zenobia-${tag}@example.test` });
  const skill = await createSkill({ name: `Kafka ${tag}` });
  await db.candidateProfile.create({
    data: {
      userId: user.id,
      headline: "Event-driven systems",
      country: "DE",
      timezone: "Europe/Berlin",
      links: ["https://zenobia.example"],
      skills: { create: { skillId: skill.id } },
    },
  });
  const actor: Actor = {
    ...actorFor(user),
    sessionId: (await createSessionRow(user.id, { ipAddress: "198.51.100.4", userAgent: "Zen browser" })).id,
  };
  const cvFile = new File([new Uint8Array(buildPdf({ text: tag }))], `${name} CV.pdf`, { type: "application/pdf" });
  const uploaded = await executeAction(uploadCvDefinition, actor, { file: cvFile });
  if (!uploaded.ok) throw new Error("upload refused");
  const cv = await db.document.findUniqueOrThrow({ where: { id: uploaded.result.id } });
  const applied = await executeAction(applyDefinition, actor, {
    listingId: listing.id,
    coverNote: `Hello, I am ${name}; reach me at ${user.email}.`,
    cvDocumentId: cv.id,
  });
  if (!applied.ok) throw new Error(`apply refused: ${JSON.stringify(applied.state)}`);
  const application = await db.application.findFirstOrThrow({ where: { candidateId: user.id } });
  await moveApplication({
    applicationId: application.id,
    to: "INTERVIEW",
    actor: { id: employer.user.id, email: employer.user.email },
    scope: { listing: { companyId: employer.company.id } },
    message: `Dear ${name}, would Tuesday suit you?`,
  });
  await db.applicationNote.create({
    data: { applicationId: application.id, authorId: employer.user.id, body: `${name} was sharp.` },
  });
  await db.savedListing.create({ data: { userId: user.id, listingId: other.id } });
  await db.candidateLevel.create({ data: { candidateId: user.id, levelId: listing.levelId } });
  await db.report.create({
    data: { listingId: other.id, reporterId: user.id, reason: "OTHER", details: `Odd wording (${tag})` },
  });
  await db.savedSearch.create({
    data: {
      userId: user.id,
      name: "Staff in Europe",
      query: { level: "staff" },
      alertFrequency: "DAILY",
      feedToken: `feed-${tag}`,
    },
  });
  await db.oAuthAccount.create({ data: { userId: user.id, provider: "github", providerAccountId: `gh-${tag}` } });
  await db.notificationPreference.create({
    data: { userId: user.id, kind: "listing-closed", frequency: "OFF", changedVia: "settings" },
  });
  await db.$transaction((tx) =>
    enqueueEmail(tx, { kind: "password-changed", to: { userId: user.id }, data: { name }, dedupeKey: `pc:${tag}` }),
  );
  await db.$transaction((tx) =>
    recordAudit(
      tx,
      { id: user.id, email: user.email },
      { action: "user.change-password", targetType: "User", targetId: user.id },
    ),
  );
  return { employer, listing, user, actor, cv, application };
}

function exportForm(password: string) {
  const form = new FormData();
  form.set("currentPassword", password);
  return form;
}

async function exportAs(actor: Actor | null, password: string) {
  return serveDataExport(actor, exportForm(password), `203.0.113.${Math.floor(Math.random() * 200)}`, "http://localhost");
}

describe("exporting your data", () => {
  it("holds every section with the account's rows, and nothing of another account", async () => {
    const { user, actor, cv, application } = await seededCandidate();
    const other = await seededCandidate("other", "Otto Otherton");

    const response = await exportAs(actor, TEST_PASSWORD);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="backplane-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const text = await response.text();
    const data = JSON.parse(text);

    expect(data.account).toMatchObject({ email: user.email, name: NAME, role: "CANDIDATE" });
    expect(data.account.emailVerifiedAt).not.toBeNull();
    expect(data.candidateProfile).toMatchObject({ headline: "Event-driven systems", country: "DE", timezone: "Europe/Berlin" });
    expect(data.candidateProfile.skills).toEqual([expect.objectContaining({ name: "Kafka zq" })]);
    expect(data.cvs).toEqual([expect.objectContaining({ id: cv.id, downloadUrl: `/documents/${cv.id}` })]);
    expect(data.applications).toHaveLength(1);
    expect(data.applications[0]).toMatchObject({
      id: application.id,
      status: "INTERVIEW",
      listing: { title: "Staff architect zq" },
    });
    expect(data.applications[0].events.map((e: { toStatus: string }) => e.toStatus)).toEqual(["NEW", "INTERVIEW"]);
    expect(data.applications[0].events[1].message).toBe(`Dear ${NAME}, would Tuesday suit you?`);
    expect(data.candidateProfile.levels).toHaveLength(1);
    expect(data.savedListings).toHaveLength(1);
    expect(data.reportsFiled).toEqual([expect.objectContaining({ reason: "OTHER", details: "Odd wording (zq)" })]);
    expect(data.savedSearches).toEqual([expect.objectContaining({ name: "Staff in Europe", alertFrequency: "DAILY" })]);
    expect(JSON.stringify(data.savedSearches)).not.toContain("feed-zq");
    expect(data.notificationPreferences).toEqual([expect.objectContaining({ kind: "listing-closed", frequency: "OFF" })]);
    expect(data.linkedSignIns).toEqual([{ provider: "github", providerAccountId: "gh-zq" }]);
    expect(data.signInHistory).toEqual([expect.objectContaining({ ipAddress: "198.51.100.4", userAgent: "Zen browser" })]);
    expect(data.emails.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(["password-changed"]));
    expect(data.accountHistory.map((e: { action: string }) => e.action)).toContain("user.change-password");

    // Nothing of the other candidate, who has rows in every section too.
    expect(text).not.toContain(other.user.email);
    expect(text).not.toContain(other.user.id);
    expect(text).not.toContain(other.cv.id);
    expect(text).not.toContain("Kafka other");
    expect(text).not.toContain("feed-other");
    expect(text).not.toContain("gh-other");
  });

  it("lists the company verification links the account asked for, without the token, and not a co-owner's", async () => {
    const owner = await createEmployer();
    await db.company.update({ where: { id: owner.company.id }, data: { website: "https://www.ledgerline.example" } });
    const coOwnerUser = await createUser("EMPLOYER");
    await db.companyMember.create({ data: { companyId: owner.company.id, userId: coOwnerUser.id, role: "OWNER" } });
    const coOwner = actorFor(coOwnerUser, owner.company.id);
    expect(await executeAction(requestVerificationDefinition, owner.actor, { address: "jobs" })).toMatchObject({ ok: true });
    expect(await executeAction(requestVerificationDefinition, coOwner, { address: "hr" })).toMatchObject({ ok: true });
    const rows = await db.companyVerification.findMany({ orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.email)).toEqual(["jobs@ledgerline.example", "hr@ledgerline.example"]);
    // The co-owner's newer link retired the owner's: the export shows that as when it stopped working.
    expect(rows.map((r) => r.usedAt === null)).toEqual([false, true]);
    // The raw tokens exist only in the queued mail.
    const tokens = (await db.emailOutbox.findMany({ where: { kind: "company-verification" } })).map(
      (m) => (m.data as { token: string }).token,
    );
    expect(tokens).toHaveLength(2);

    const response = await exportAs(owner.actor, TEST_PASSWORD);
    expect(response.status).toBe(200);
    const text = await response.text();
    const data = JSON.parse(text);
    expect(data.companyVerificationsRequested).toEqual([
      {
        email: "jobs@ledgerline.example",
        domain: "ledgerline.example",
        createdAt: rows[0]!.createdAt.toISOString(),
        expiresAt: rows[0]!.expiresAt.toISOString(),
        usedAt: rows[0]!.usedAt!.toISOString(),
        company: { name: owner.company.name, slug: owner.company.slug },
      },
    ]);
    for (const row of rows) expect(text).not.toContain(row.tokenHash);
    for (const token of tokens) expect(text).not.toContain(token);
    expect(text).not.toContain("hr@ledgerline.example");
    expect(text).not.toContain(coOwnerUser.email);
  });

  it("answers a wrong or missing password, or no session, with a redirect that carries nothing", async () => {
    const { actor } = await seededCandidate();
    for (const [who, password, expected] of [
      [actor, "not my password", "/settings/data?export=password"],
      [actor, "", "/settings/data?export=invalid"],
      [null, TEST_PASSWORD, "/sign-in?callbackUrl=%2Fsettings%2Fdata"],
    ] as const) {
      const response = await exportAs(who, password);
      expect(response.status).toBe(303);
      expect(new URL(response.headers.get("location")!).pathname + new URL(response.headers.get("location")!).search).toBe(
        expected,
      );
      expect(await response.text()).toBe("");
    }
  });
});

/** Every text and JSON column of every table in the public schema that contains `needle`. */
async function findEverywhere(needle: string): Promise<string[]> {
  const columns = await db.$queryRaw<{ table_name: string; column_name: string; data_type: string }[]>`
    SELECT table_name, column_name, data_type FROM information_schema.columns
    WHERE table_schema = 'public'
      AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')`;
  const hits: string[] = [];
  for (const { table_name, column_name } of columns) {
    const rows = await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "${table_name}" WHERE "${column_name}"::text ILIKE $1`,
      `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
    );
    if (Number(rows[0]!.n) > 0) hits.push(`${table_name}.${column_name}`);
  }
  return hits;
}

async function storedCvFiles(): Promise<string[]> {
  return readdir(path.join(uploads, "cv")).catch(() => []);
}

describe("deleting your account", () => {
  it("leaves no trace of the person in any table, keeps the application as “Deleted candidate”, and removes the CV bytes", async () => {
    const { employer, listing, user, actor, cv, application } = await seededCandidate();
    const bystander = await seededCandidate("bystander", "Bartholomew Ostrander");
    // The employer's own mail about the application names the candidate.
    expect(await findEverywhere(NAME)).toEqual(expect.arrayContaining(["EmailOutbox.data"]));
    expect(await storage().get(cv.storageKey)).not.toBeNull();
    // As if delivered: the rendered copy names them too.
    const { count: rendered } = await db.emailOutbox.updateMany({
      where: { kind: "new-application", data: { path: ["applicationId"], equals: application.id } },
      data: { subject: `${NAME} applied`, textBody: `${NAME} applied.`, htmlBody: `<p>${NAME} applied.</p>` },
    });
    expect(rendered).toBe(1);

    const outcome = await executeAction(deleteAccountDefinition, actor, {
      currentPassword: TEST_PASSWORD,
      confirmation: "Delete my account",
    });
    expect(outcome).toMatchObject({ ok: true, redirectTo: "/account-deleted" });

    expect(await findEverywhere(user.email)).toEqual([]);
    expect(await findEverywhere(NAME)).toEqual([]);
    expect(await findEverywhere(cv.storageKey)).toEqual([]);
    // The scan does find what is left of the bystander (so it can fail).
    expect(await findEverywhere("Bartholomew Ostrander")).toEqual(
      expect.arrayContaining(["User.name", "Application.coverNote", "Document.filename"]),
    );
    expect(await findEverywhere(bystander.cv.storageKey)).toEqual(["Document.storageKey"]);

    // The employer still has the application, without anything personal.
    const seen = await listApplicationsForOwnListing(employer.actor, listing.id);
    expect(seen).toEqual([
      expect.objectContaining({
        id: application.id,
        candidateName: DELETED_CANDIDATE_NAME,
        candidateEmail: null,
        cvDocumentId: null,
      }),
    ]);
    // The pipeline's rows leave the cover note out; the row itself keeps none.
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).coverNote).toBe("");
    expect(await db.applicationEvent.count({ where: { applicationId: application.id } })).toBe(2);
    const employerMail = await db.emailOutbox.findFirstOrThrow({
      where: { kind: "new-application", data: { path: ["applicationId"], equals: application.id } },
    });
    expect(employerMail).toMatchObject({
      subject: `${DELETED_CANDIDATE_NAME} applied`,
      data: { candidateName: DELETED_CANDIDATE_NAME },
    });

    // The bytes are gone; the bystander's are not.
    expect(await storage().get(cv.storageKey)).toBeNull();
    expect(await storedCvFiles()).toEqual([path.basename(bystander.cv.storageKey)]);
    // Nobody can sign in as them any more, and nothing is left of their own rows.
    expect(await authenticate(user.email, TEST_PASSWORD)).toBeNull();
    const tombstone = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(tombstone).toMatchObject({ name: DELETED_CANDIDATE_NAME, passwordHash: null, status: "SUSPENDED" });
    expect(tombstone.email).toMatch(/^deleted-[0-9a-f]{24}@invalid$/);
    expect(tombstone.deletedAt).not.toBeNull();
    for (const count of [
      db.session.count({ where: { userId: user.id } }),
      db.candidateProfile.count({ where: { userId: user.id } }),
      db.savedListing.count({ where: { userId: user.id } }),
      db.savedSearch.count({ where: { userId: user.id } }),
      db.notificationPreference.count({ where: { userId: user.id } }),
      db.emailToken.count({ where: { userId: user.id } }),
      db.document.count({ where: { ownerId: user.id } }),
    ]) {
      expect(await count).toBe(0);
    }
    // The audit log kept its rows (with the tombstone address) and recorded the deletion.
    const audits = await db.auditLog.findMany({ where: { actorId: user.id }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(expect.arrayContaining(["user.change-password", "user.delete"]));
    expect(new Set(audits.map((a) => a.actorEmail))).toEqual(new Set([tombstone.email]));
    // …and still refuses any other change.
    await expect(db.auditLog.updateMany({ where: { actorId: user.id }, data: { action: "rewritten" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(
      db.auditLog.updateMany({ where: { actorId: user.id }, data: { actorEmail: "someone@example.test" } }),
    ).rejects.toThrow(/append-only/);
    // A second request finds no account.
    const again = await executeAction(deleteAccountDefinition, actor, {
      currentPassword: TEST_PASSWORD,
      confirmation: "delete my account",
    });
    expect(again.ok).toBe(false);
  });

  it("refuses a wrong password, a wrong confirmation and the last owner of a company, changing nothing", async () => {
    const { user, actor } = await seededCandidate();
    const employer = await createEmployer();
    const employerActor: Actor = { ...employer.actor, sessionId: (await createSessionRow(employer.user.id)).id };
    const snapshot = async () => ({
      users: await db.user.findMany({ orderBy: { id: "asc" } }),
      applications: await db.application.findMany({ orderBy: { id: "asc" } }),
      documents: await db.document.count(),
      sessions: await db.session.count({ where: { revokedAt: null } }),
      files: (await storedCvFiles()).length,
    });
    const before = await snapshot();

    const wrongPassword = await executeAction(deleteAccountDefinition, actor, {
      currentPassword: "not my password",
      confirmation: "delete my account",
    });
    expect(wrongPassword).toMatchObject({ ok: false, state: { fieldErrors: { currentPassword: [expect.any(String)] } } });
    const wrongConfirmation = await executeAction(deleteAccountDefinition, actor, {
      currentPassword: TEST_PASSWORD,
      confirmation: "delete",
    });
    expect(wrongConfirmation).toMatchObject({
      ok: false,
      state: { fieldErrors: { confirmation: [expect.stringContaining("delete my account")] } },
    });
    const lastOwner = await executeAction(deleteAccountDefinition, employerActor, {
      currentPassword: TEST_PASSWORD,
      confirmation: "delete my account",
    });
    expect(lastOwner).toMatchObject({
      ok: false,
      state: { message: expect.stringContaining(`last owner of ${employer.company.name}`) },
    });
    expect(await snapshot()).toEqual(before);
    expect(await authenticate(user.email, TEST_PASSWORD)).not.toBeNull();

    // With a second owner, the employer may go; the company stays with the other owner.
    const second = await createUser("EMPLOYER");
    await db.companyMember.create({ data: { companyId: employer.company.id, userId: second.id, role: "OWNER" } });
    const allowed = await executeAction(deleteAccountDefinition, employerActor, {
      currentPassword: TEST_PASSWORD,
      confirmation: "delete my account",
    });
    expect(allowed.ok).toBe(true);
    expect(await db.companyMember.findMany({ where: { companyId: employer.company.id }, select: { userId: true } })).toEqual([
      { userId: second.id },
    ]);
    expect(await findEverywhere(employer.user.email)).toEqual([]);
  });
});

describe("changing your address", () => {
  async function requestChange(actor: Actor, newEmail: string, currentPassword = TEST_PASSWORD) {
    return executeAction(changeEmailDefinition, actor, { newEmail, currentPassword });
  }
  async function linkSentTo(address: string) {
    const mail = await db.emailOutbox.findFirst({
      where: { kind: "email-change", toAddress: address },
      orderBy: { createdAt: "desc" },
    });
    return mail ? (mail.data as { token: string }).token : null;
  }

  it("moves the account only when the link mailed to the new address is followed, and ends other sessions", async () => {
    const user = await createUser("CANDIDATE");
    const here = await createSessionRow(user.id);
    const elsewhere = await createSessionRow(user.id);
    const actor: Actor = { ...actorFor(user), sessionId: here.id };

    const outcome = await requestChange(actor, "New.Address@Example.test");
    expect(outcome).toMatchObject({ ok: true, state: { message: expect.stringContaining("new.address@example.test") } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    const token = await linkSentTo("new.address@example.test");
    expect(token).toBeTruthy();

    expect(await confirmEmailChange(token!, here.id)).toBe("changed");
    const moved = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(moved.email).toBe("new.address@example.test");
    expect(await authenticate("new.address@example.test", TEST_PASSWORD)).not.toBeNull();
    expect(await authenticate(user.email, TEST_PASSWORD)).toBeNull();
    expect((await db.session.findUniqueOrThrow({ where: { id: elsewhere.id } })).revokedAt).not.toBeNull();
    expect((await db.session.findUniqueOrThrow({ where: { id: here.id } })).revokedAt).toBeNull();
    expect(await db.emailOutbox.count({ where: { kind: "email-changed", toAddress: user.email, userId: user.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "user.change-email", targetId: user.id } })).toBe(1);
    // The link works once.
    expect(await confirmEmailChange(token!, here.id)).toBe("used");
  });

  it("answers a taken address like a free one and sends it nothing; a wrong password changes nothing", async () => {
    const user = await createUser("CANDIDATE");
    const actor: Actor = { ...actorFor(user), sessionId: (await createSessionRow(user.id)).id };
    const taken = await createUser("EMPLOYER");

    const free = await requestChange(actor, "free@example.test");
    const takenOutcome = await requestChange(actor, taken.email);
    expect(free.ok && takenOutcome.ok).toBe(true);
    const message = (outcome: typeof free) => ("message" in outcome.state ? outcome.state.message : "");
    expect(message(takenOutcome).replace(taken.email, "X")).toBe(message(free).replace("free@example.test", "X"));
    expect(message(free)).toContain("free@example.test");
    expect(await linkSentTo(taken.email)).toBeNull();

    const wrong = await requestChange(actor, "other@example.test", "not my password");
    expect(wrong).toMatchObject({ ok: false, state: { fieldErrors: { currentPassword: [expect.any(String)] } } });
    expect(await linkSentTo("other@example.test")).toBeNull();
    const same = await requestChange(actor, user.email);
    expect(same).toMatchObject({ ok: false, state: { fieldErrors: { newEmail: [expect.any(String)] } } });

    // Someone takes the free address before the link is followed: the account keeps its address.
    const token = await linkSentTo("free@example.test");
    await createUser("CANDIDATE", { email: "free@example.test" });
    expect(await confirmEmailChange(token!)).toBe("unavailable");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });
});
