import { mkdtempSync } from "node:fs";
import { readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/auth/session";

// CVs end to end on the real database and a real folder: upload judged by content and stored under a
// random key, every refusal changing nothing, delete keeping the copy sent with an application, and the
// download route answering the owner and the applied-to company only (everyone else: 404).

// Before any app module reads the environment (they are imported below): uploads go to a folder of their own.
const uploads = mkdtempSync(path.join(os.tmpdir(), "backplane-cv-test-"));
process.env.UPLOADS_DIR = uploads;

// The route reads the signed-in visitor from the session cookie; here the test says who is signed in.
const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/server/auth/session", async (original) => ({
  ...(await original<typeof import("@/server/auth/session")>()),
  getActor: async () => signedIn.actor,
}));

const { GET } = await import("@/app/documents/[id]/route");
const { executeAction } = await import("@/server/action");
const { applyDefinition } = await import("@/server/applications/actions");
const { listApplicationsForOwnListing } = await import("@/server/applications/employer");
const { db } = await import("@/server/db");
const { deleteCvDefinition, uploadCvDefinition } = await import("@/server/documents/actions");
const { listOwnCvs } = await import("@/server/documents/cvs");
const { newStorageKey, storage } = await import("@/server/storage");
const { MAX_CV_BYTES } = await import("@/lib/documents/pdf-check");
const { resetDatabase } = await import("../setup/db");
const { createAdmin, createCandidate, createEmployer, createListing, createUser } = await import("../setup/factories");
const { buildPdf } = await import("../setup/pdf");

beforeEach(async () => {
  await resetDatabase();
  await rm(path.join(uploads, "cv"), { recursive: true, force: true });
  signedIn.actor = null;
});
afterAll(() => rm(uploads, { recursive: true, force: true }));

const coverNote = "I designed the event-sourced ledger behind a payments platform and ran it for years.";

function pdfFile(name = "Ada Lovelace CV.pdf", text?: string) {
  return new File([new Uint8Array(buildPdf({ text }))], name, { type: "application/pdf" });
}

async function storedFiles(): Promise<string[]> {
  return readdir(path.join(uploads, "cv")).catch(() => []);
}

async function upload(actor: Actor, file: File) {
  return executeAction(uploadCvDefinition, actor, { file });
}

async function uploadOk(actor: Actor, file = pdfFile()) {
  const outcome = await upload(actor, file);
  if (!outcome.ok) throw new Error(`upload refused: ${JSON.stringify(outcome.state)}`);
  return db.document.findUniqueOrThrow({ where: { id: outcome.result.id } });
}

async function download(actor: Actor | null, id: string) {
  signedIn.actor = actor;
  return GET(new Request(`http://localhost/documents/${id}`), { params: Promise.resolve({ id }) });
}

/** A candidate with a CV who applied with it to a listing of `employer`'s company. */
async function appliedWithCv() {
  const employer = await createEmployer();
  const listing = await createListing(employer.company.id);
  const candidate = await createCandidate();
  const cv = await uploadOk(candidate.actor);
  const applied = await executeAction(applyDefinition, candidate.actor, {
    listingId: listing.id,
    coverNote,
    cvDocumentId: cv.id,
  });
  expect(applied.ok).toBe(true);
  return { employer, listing, candidate, cv };
}

describe("uploading a CV", () => {
  it("stores the bytes under a random key with their sha256, and reads them back unchanged", async () => {
    const candidate = await createCandidate();
    const file = pdfFile("Zoë's CV (2026).pdf");
    const bytes = Buffer.from(await file.arrayBuffer());

    const outcome = await upload(candidate.actor, file);

    expect(outcome).toMatchObject({ ok: true, state: { message: "Uploaded “Zoë's CV (2026).pdf”." } });
    const [row] = await db.document.findMany();
    expect(row).toMatchObject({
      ownerId: candidate.user.id,
      kind: "CV",
      filename: "Zoë's CV (2026).pdf",
      contentType: "application/pdf",
      byteSize: bytes.length,
      sha256: (await import("node:crypto")).createHash("sha256").update(bytes).digest("hex"),
      deletedAt: null,
    });
    expect(row!.storageKey).toMatch(/^cv\/[0-9a-f]{32}$/);
    expect(await storedFiles()).toEqual([row!.storageKey.slice(3)]);
    expect(await storage().get(row!.storageKey)).toEqual(bytes);
    expect(await listOwnCvs(candidate.actor)).toEqual([expect.objectContaining({ id: row!.id, filename: row!.filename })]);
  });

  it.each([
    ["a renamed Windows program", Buffer.concat([Buffer.from("MZ\x90\x00"), buildPdf()]), "program"],
    ["a renamed Linux program", Buffer.concat([Buffer.from("\x7fELF\x02"), buildPdf()]), "program"],
    ["an HTML page", Buffer.from("<!doctype html><html><body>My CV</body></html>"), "web page"],
    ["an SVG image", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><text>CV</text></svg>'), "SVG"],
    ["an encrypted PDF", buildPdf({ encryptedTrailer: true }), "password-protected"],
    ["a zero-byte file", Buffer.alloc(0), "empty"],
    ["a PDF over 5 MB", buildPdf({ padTo: MAX_CV_BYTES + 1 }), "larger than 5 MB"],
  ])("refuses %s beside the field and stores nothing", async (_name, bytes, words) => {
    const candidate = await createCandidate();
    // The name and the claimed type say PDF; only the bytes count.
    const file = new File([new Uint8Array(bytes)], "cv.pdf", { type: "application/pdf" });

    const outcome = await upload(candidate.actor, file);

    expect(outcome).toMatchObject({ ok: false, state: { fieldErrors: { file: [expect.stringContaining(words)] } } });
    expect(await db.document.count()).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });

  it("asks for a file when none was chosen (a form without JavaScript sends an empty, nameless one)", async () => {
    const candidate = await createCandidate();
    const outcome = await upload(candidate.actor, new File([], "", { type: "application/octet-stream" }));
    expect(outcome).toMatchObject({ ok: false, state: { fieldErrors: { file: ["Choose the PDF of your CV."] } } });
    const missing = await executeAction(uploadCvDefinition, candidate.actor, { file: "cv.pdf" });
    expect(missing).toMatchObject({ ok: false, state: { fieldErrors: { file: ["Choose the PDF of your CV."] } } });
    expect(await db.document.count()).toBe(0);
  });

  it("keeps five CVs and refuses the sixth, changing nothing", async () => {
    const candidate = await createCandidate();
    for (let i = 0; i < 5; i++) await uploadOk(candidate.actor, pdfFile(`cv-${i}.pdf`, `version ${i}`));

    const sixth = await upload(candidate.actor, pdfFile("cv-6.pdf"));

    expect(sixth).toMatchObject({ ok: false, state: { fieldErrors: { file: [expect.stringContaining("up to 5 CVs")] } } });
    expect(await db.document.count()).toBe(5);
    expect(await storedFiles()).toHaveLength(5);
    // Another candidate's limit is their own.
    const other = await createCandidate();
    await uploadOk(other.actor);
  });

  it("counts under a lock: an upload racing another one for the fifth place is refused", async () => {
    const candidate = await createCandidate();
    for (let i = 0; i < 4; i++) await uploadOk(candidate.actor, pdfFile(`cv-${i}.pdf`, `version ${i}`));

    // Another upload in flight: it holds the candidate's lock and has written the fifth row, not yet
    // committed. The racing upload passes the quick count (it cannot see that row) and must then wait.
    let racing: ReturnType<typeof upload> | undefined;
    await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${candidate.user.id} FOR UPDATE`;
      const bytes = buildPdf({ text: "in flight" });
      await tx.document.create({
        data: {
          ownerId: candidate.user.id,
          kind: "CV",
          filename: "in-flight.pdf",
          contentType: "application/pdf",
          byteSize: bytes.length,
          sha256: "0".repeat(64),
          storageKey: newStorageKey("cv"),
        },
      });
      racing = upload(candidate.actor, pdfFile("racing.pdf"));
      await new Promise((resolve) => setTimeout(resolve, 500));
    });

    expect(await racing).toMatchObject({ ok: false, state: { fieldErrors: { file: [expect.stringContaining("up to 5 CVs")] } } });
    expect(await db.document.count()).toBe(5);
    // The refused upload's bytes were removed again (the in-flight row was made without any).
    expect(await storedFiles()).toHaveLength(4);
  });

  it("refuses employers and admins, and signed-out visitors", async () => {
    const employer = await createEmployer();
    const admin = await createAdmin();
    expect(await upload(employer.actor, pdfFile())).toMatchObject({
      ok: false,
      state: { message: "You are not allowed to do that." },
    });
    expect(await upload(admin.actor, pdfFile())).toMatchObject({ ok: false });
    expect(await executeAction(uploadCvDefinition, null, { file: pdfFile() })).toMatchObject({ ok: false });
    expect(await db.document.count()).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });
});

describe("deleting a CV", () => {
  it("removes an unsent CV with its bytes", async () => {
    const candidate = await createCandidate();
    const cv = await uploadOk(candidate.actor);

    const outcome = await executeAction(deleteCvDefinition, candidate.actor, { documentId: cv.id });

    expect(outcome).toMatchObject({ ok: true, state: { message: "CV deleted." } });
    expect(await db.document.count()).toBe(0);
    expect(await storage().get(cv.storageKey)).toBeNull();
  });

  it("keeps the copy sent with an application for the company, and frees the candidate's place", async () => {
    const { employer, candidate, cv } = await appliedWithCv();

    const outcome = await executeAction(deleteCvDefinition, candidate.actor, { documentId: cv.id });

    expect(outcome).toMatchObject({ ok: true, state: { message: expect.stringContaining("stays with them") } });
    expect(await db.document.findUniqueOrThrow({ where: { id: cv.id } })).toMatchObject({ deletedAt: expect.any(Date) });
    expect(await db.application.findFirstOrThrow()).toMatchObject({ cvDocumentId: cv.id });
    expect(await listOwnCvs(candidate.actor)).toEqual([]);
    const response = await download(employer.actor, cv.id);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(await storage().get(cv.storageKey));
    // Deleting it again, or applying with it now, finds nothing.
    expect(await executeAction(deleteCvDefinition, candidate.actor, { documentId: cv.id })).toMatchObject({
      ok: false,
      state: { message: "This CV was not found." },
    });
    for (let i = 0; i < 5; i++) await uploadOk(candidate.actor, pdfFile(`cv-${i}.pdf`, `version ${i}`));
    expect(await db.document.count({ where: { ownerId: candidate.user.id } })).toBe(6);
  });

  it("waits for an application being sent with the CV, then keeps the copy for it", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    const candidate = await createCandidate();
    const cv = await uploadOk(candidate.actor);

    // An application being written with this CV (share-locked, as applying does) while the delete arrives.
    let deleting: ReturnType<typeof executeAction> | undefined;
    await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Document" WHERE id = ${cv.id} FOR SHARE`;
      await tx.application.create({
        data: { listingId: listing.id, candidateId: candidate.user.id, coverNote, cvDocumentId: cv.id },
      });
      deleting = executeAction(deleteCvDefinition, candidate.actor, { documentId: cv.id });
      await new Promise((resolve) => setTimeout(resolve, 500));
    });

    expect(await deleting).toMatchObject({ ok: true, state: { message: expect.stringContaining("stays with them") } });
    expect(await db.application.findFirstOrThrow()).toMatchObject({ cvDocumentId: cv.id });
    expect(await storage().get(cv.storageKey)).not.toBeNull();
  });

  it("refuses another candidate's CV as not found, changing nothing", async () => {
    const owner = await createCandidate();
    const other = await createCandidate();
    const cv = await uploadOk(owner.actor);

    const outcome = await executeAction(deleteCvDefinition, other.actor, { documentId: cv.id });

    expect(outcome).toMatchObject({ ok: false, state: { message: "This CV was not found." } });
    expect(await db.document.findUniqueOrThrow({ where: { id: cv.id } })).toMatchObject({ deletedAt: null });
    expect(await storage().get(cv.storageKey)).not.toBeNull();
  });
});

describe("GET /documents/[id]", () => {
  it("serves the owner and the applied-to company's members the exact bytes as a private attachment", async () => {
    const { employer, candidate, cv } = await appliedWithCv();
    const colleague = await createUser("EMPLOYER");
    await db.companyMember.create({ data: { companyId: employer.company.id, userId: colleague.id, role: "RECRUITER" } });
    const expected = await storage().get(cv.storageKey);

    for (const actor of [candidate.actor, employer.actor, { ...employer.actor, id: colleague.id, email: colleague.email }]) {
      const response = await download(actor, cv.id);
      expect(response.status).toBe(200);
      expect(Object.fromEntries(response.headers)).toMatchObject({
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="Ada Lovelace CV.pdf"; filename*=UTF-8''Ada%20Lovelace%20CV.pdf`,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      });
      expect(Buffer.from(await response.arrayBuffer())).toEqual(expected);
    }
  });

  it("answers 404 to another company, another candidate, an admin, anonymous visitors and made-up ids", async () => {
    const { cv } = await appliedWithCv();
    const otherCompany = await createEmployer();
    const otherCandidate = await createCandidate();
    const admin = await createAdmin();

    for (const actor of [otherCompany.actor, otherCandidate.actor, admin.actor, null]) {
      const response = await download(actor, cv.id);
      expect(response.status).toBe(404);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(await response.text()).toBe("Not found.");
    }
    expect((await download(otherCandidate.actor, "clnotadocumentnotadocum0")).status).toBe(404);
    expect((await download(otherCandidate.actor, "../../etc/passwd")).status).toBe(404);
  });

  it("does not serve a CV to a company it was not sent to, even one the candidate applied to without it", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    const candidate = await createCandidate();
    const cv = await uploadOk(candidate.actor);
    await executeAction(applyDefinition, candidate.actor, { listingId: listing.id, coverNote, cvDocumentId: "" });

    expect((await download(employer.actor, cv.id)).status).toBe(404);
    expect((await download(candidate.actor, cv.id)).status).toBe(200);
  });

  it("refuses to serve bytes that no longer match the stored hash", async () => {
    const candidate = await createCandidate();
    const cv = await uploadOk(candidate.actor);
    await writeFile(path.join(uploads, ...cv.storageKey.split("/")), buildPdf({ text: "someone else" }));
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});

    const response = await download(candidate.actor, cv.id);

    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).not.toBe("application/pdf");
    expect(errors).toHaveBeenCalledOnce();
    errors.mockRestore();
  });
});

describe("applying with a CV", () => {
  it("attaches the candidate's own CV and shows the company a link to it", async () => {
    const { employer, listing, cv } = await appliedWithCv();
    expect(await listApplicationsForOwnListing(employer.actor, listing.id)).toEqual([
      expect.objectContaining({ cvDocumentId: cv.id }),
    ]);
  });

  it("applies without a CV when none is chosen", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    const candidate = await createCandidate();
    await uploadOk(candidate.actor);
    const outcome = await executeAction(applyDefinition, candidate.actor, { listingId: listing.id, coverNote, cvDocumentId: "" });
    expect(outcome.ok).toBe(true);
    expect(await db.application.findFirstOrThrow()).toMatchObject({ cvDocumentId: null });
  });

  it("refuses another candidate's CV, a deleted one and a made-up one as not found, creating nothing", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    const owner = await createCandidate();
    const theirs = await uploadOk(owner.actor);
    const candidate = await createCandidate();
    const mine = await uploadOk(candidate.actor, pdfFile("mine.pdf"));
    await executeAction(deleteCvDefinition, candidate.actor, { documentId: mine.id });
    const deleted = await uploadOk(candidate.actor, pdfFile("deleted.pdf"));
    await db.document.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });

    for (const cvDocumentId of [theirs.id, mine.id, deleted.id, "clnotadocumentnotadocum0"]) {
      const outcome = await executeAction(applyDefinition, candidate.actor, { listingId: listing.id, coverNote, cvDocumentId });
      expect(outcome).toMatchObject({ ok: false, state: { message: expect.stringContaining("This CV was not found") } });
    }
    expect(await db.application.count()).toBe(0);
    expect(await db.emailOutbox.count()).toBe(0);
    expect((await download(employer.actor, theirs.id)).status).toBe(404);
  });
});
