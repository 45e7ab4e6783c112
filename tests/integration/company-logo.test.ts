import { mkdtempSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/session";

// The company logo end to end on the real database and a real folder: judged by content, redrawn to a
// 128 px WebP whose stored bytes are read back and decoded, served by version with a year's cache, and
// every refusal (size, content, damage, role, membership) changing nothing and never failing with a 5xx.

// Before any app module reads the environment: uploads go to a folder of their own.
const uploads = mkdtempSync(path.join(os.tmpdir(), "backplane-logo-test-"));
process.env.UPLOADS_DIR = uploads;

const { GET } = await import("@/app/logos/[company]/[file]/route");
const { executeAction } = await import("@/server/action");
const { LISTINGS_TAG } = await import("@/server/cache/tags");
const { removeCompanyLogoDefinition, uploadCompanyLogoDefinition } = await import("@/server/companies/actions");
const { db } = await import("@/server/db");
const { storage } = await import("@/server/storage");
const { companyLogoUrl } = await import("@/lib/company-logo");
const { MAX_LOGO_BYTES } = await import("@/lib/images/logo-check");
const { resetDatabase } = await import("../setup/db");
const { actorFor, createEmployer, createUser } = await import("../setup/factories");
const { buildImage } = await import("../setup/images");

beforeEach(async () => {
  await resetDatabase();
  await rm(path.join(uploads, "logo"), { recursive: true, force: true });
});
afterAll(() => rm(uploads, { recursive: true, force: true }));

const file = (bytes: Uint8Array, name = "logo.png", type = "image/png") => new File([new Uint8Array(bytes)], name, { type });
const upload = (actor: Actor, logo: File) => executeAction(uploadCompanyLogoDefinition, actor, { logo });
const storedFiles = () => readdir(path.join(uploads, "logo")).catch(() => [] as string[]);
const companyRow = (id: string) => db.company.findUniqueOrThrow({ where: { id }, select: { logoKey: true, logoVersion: true } });

async function serve(companyId: string, fileName: string) {
  return GET(new Request(`http://localhost/logos/${companyId}/${fileName}`), {
    params: Promise.resolve({ company: companyId, file: fileName }),
  });
}

/** The refusal every bad upload gets: beside the field, nothing stored, the row unchanged. */
async function expectRefused(actor: Actor, companyId: string, logo: File, message: RegExp) {
  const before = await companyRow(companyId);
  const filesBefore = await storedFiles();
  const outcome = await upload(actor, logo);
  expect(outcome.ok).toBe(false);
  if (!outcome.ok) expect(outcome.state.status === "error" && outcome.state.fieldErrors?.logo?.[0]).toMatch(message);
  expect(await companyRow(companyId)).toEqual(before);
  expect(await storedFiles()).toEqual(filesBefore);
}

describe("uploading a logo", () => {
  it.each(["png", "jpeg", "webp"] as const)(
    "a %s is redrawn as a 128 × 128 WebP, stored, audited and served by version",
    async (format) => {
      const owner = await createEmployer();
      const original = await buildImage(format, 600, 300);

      const outcome = await upload(owner.actor, file(original, `logo.${format}`, "application/octet-stream"));
      expect(outcome).toMatchObject({ ok: true, tags: [LISTINGS_TAG] });
      const row = await companyRow(owner.company.id);
      expect(row.logoKey).toMatch(/^logo\/[0-9a-f]{32}$/);
      expect(row.logoVersion).toMatch(/^[0-9a-f]{16}$/);

      // The stored object, read back and decoded: a WebP of the fixed size, whatever came in.
      const stored = (await storage().get(row.logoKey!))!;
      const meta = await sharp(stored).metadata();
      expect(meta).toMatchObject({ format: "webp", width: 128, height: 128 });
      expect(stored.subarray(0, 4).toString("latin1")).toBe("RIFF");
      expect(await db.auditLog.count({ where: { action: "company.logo.set", targetId: owner.company.id } })).toBe(1);

      const url = companyLogoUrl({ id: owner.company.id, logoVersion: row.logoVersion })!;
      const response = await serve(owner.company.id, url.split("/").pop()!);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/webp");
      expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(Buffer.from(await response.arrayBuffer()).equals(stored)).toBe(true);
    },
  );

  it("a new logo gets a new URL at once; the old URL and the old bytes are gone", async () => {
    const owner = await createEmployer();
    await upload(owner.actor, file(await buildImage("png")));
    const first = await companyRow(owner.company.id);
    const second = await upload(owner.actor, file(await buildImage("jpeg", 200, 400), "x.jpg"));
    expect(second.ok).toBe(true);
    const now = await companyRow(owner.company.id);
    expect(now.logoVersion).not.toBe(first.logoVersion);
    expect(await storage().get(first.logoKey!)).toBeNull();
    expect(await storedFiles()).toHaveLength(1);
    expect((await serve(owner.company.id, `${first.logoVersion}.webp`)).status).toBe(404);
    expect((await serve(owner.company.id, `${now.logoVersion}.webp`)).status).toBe(200);
  });

  it("removing the logo clears the row, deletes the bytes and 404s the URL; removing none says so", async () => {
    const owner = await createEmployer();
    await upload(owner.actor, file(await buildImage("png")));
    const { logoKey, logoVersion } = await companyRow(owner.company.id);

    const removed = await executeAction(removeCompanyLogoDefinition, owner.actor, {});
    expect(removed).toMatchObject({ ok: true, state: { message: expect.stringMatching(/^Logo removed/) } });
    expect(await companyRow(owner.company.id)).toEqual({ logoKey: null, logoVersion: null });
    expect(await storage().get(logoKey!)).toBeNull();
    expect((await serve(owner.company.id, `${logoVersion}.webp`)).status).toBe(404);

    const again = await executeAction(removeCompanyLogoDefinition, owner.actor, {});
    expect(again).toMatchObject({ ok: true, state: { message: "There was no logo to remove." } });
  });
});

describe("refusals", () => {
  it("too big: over 1 MB, even when it is a real image", async () => {
    const owner = await createEmployer();
    const big = Buffer.concat([await buildImage("png"), Buffer.alloc(MAX_LOGO_BYTES)]);
    await expectRefused(owner.actor, owner.company.id, file(big), /larger than 1 MB/);
  });

  it("wrong content: a text file named .png, an SVG, a GIF, an empty file", async () => {
    const owner = await createEmployer();
    await expectRefused(owner.actor, owner.company.id, file(Buffer.from("not an image at all\n")), /not a PNG, JPEG or WebP/);
    await expectRefused(
      owner.actor,
      owner.company.id,
      file(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), "logo.svg", "image/svg+xml"),
      /not a PNG, JPEG or WebP/,
    );
    await expectRefused(
      owner.actor,
      owner.company.id,
      file(await buildImage("png").then((b) => sharp(b).gif().toBuffer())),
      /not a PNG/,
    );
    const outcome = await upload(owner.actor, new File([], ""));
    expect(outcome).toMatchObject({ ok: false });
  });

  it("damaged: a truncated PNG, a truncated JPEG, a signature with garbage after it, a lying signature", async () => {
    const owner = await createEmployer();
    const png = await buildImage("png", 400, 400);
    await expectRefused(
      owner.actor,
      owner.company.id,
      file(png.subarray(0, Math.floor(png.length / 2))),
      /damaged or incomplete/,
    );
    const jpeg = await buildImage("jpeg", 400, 400);
    await expectRefused(
      owner.actor,
      owner.company.id,
      file(jpeg.subarray(0, Math.floor(jpeg.length / 2))),
      /damaged or incomplete/,
    );
    const garbage = Buffer.concat([png.subarray(0, 8), Buffer.from("<html><script>alert(1)</script></html>")]);
    await expectRefused(owner.actor, owner.company.id, file(garbage), /damaged or incomplete/);
    // A PNG signature in front of a whole JPEG: the signature and the decoder disagree.
    const liar = Buffer.concat([png.subarray(0, 8), jpeg]);
    await expectRefused(owner.actor, owner.company.id, file(liar), /damaged or incomplete/);
  });

  it("a polyglot (a real PNG with an HTML page and a ZIP appended) is stored only as redrawn pixels", async () => {
    const owner = await createEmployer();
    const payload = Buffer.from("<html><script>alert(document.cookie)</script></html>PK\x03\x04payload.txt");
    const polyglot = Buffer.concat([await buildImage("png"), payload]);
    // The image part is whole, so it is accepted — and only its pixels are kept, redrawn.
    const outcome = await upload(owner.actor, file(polyglot));
    expect(outcome.ok).toBe(true);
    const stored = (await storage().get((await companyRow(owner.company.id)).logoKey!))!;
    expect(stored.includes(Buffer.from("<script>"))).toBe(false);
    expect(stored.includes(Buffer.from("PK\x03\x04", "latin1"))).toBe(false);
    expect((await sharp(stored).metadata()).format).toBe("webp");
    const served = await serve(owner.company.id, `${(await companyRow(owner.company.id)).logoVersion}.webp`);
    expect(served.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
  });

  it("an image claiming a huge canvas is refused, not decoded", async () => {
    const owner = await createEmployer();
    // 4,200 × 4,200 of one colour (more than the 4,096² allowed) compresses to a few kilobytes.
    const bomb = await sharp({ create: { width: 4_200, height: 4_200, channels: 3, background: "#fff" } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(MAX_LOGO_BYTES);
    await expectRefused(owner.actor, owner.company.id, file(bomb), /damaged or incomplete/);
  });

  it("a recruiter is refused (owners only); nothing is stored", async () => {
    const owner = await createEmployer();
    const user = await createUser("EMPLOYER");
    await db.companyMember.create({ data: { companyId: owner.company.id, userId: user.id, role: "RECRUITER" } });
    const recruiter = actorFor(user, owner.company.id);
    const outcome = await upload(recruiter, file(await buildImage("png")));
    expect(outcome).toMatchObject({ ok: false, state: { message: "Only the company's owners can do that." } });
    expect(await storedFiles()).toEqual([]);
    expect(await executeAction(removeCompanyLogoDefinition, recruiter, {})).toMatchObject({ ok: false });
  });

  it("acting for a company one is no member of: not found, that company unchanged", async () => {
    const owner = await createEmployer();
    const other = await createEmployer();
    const intruder = actorFor(other.user, owner.company.id);
    const outcome = await upload(intruder, file(await buildImage("png")));
    expect(outcome).toMatchObject({ ok: false, state: { message: "Company not found." } });
    expect(await companyRow(owner.company.id)).toEqual({ logoKey: null, logoVersion: null });
    expect(await storedFiles()).toEqual([]);
  });

  it("a suspended company's logo cannot change, and the redrawn bytes are not left behind", async () => {
    const owner = await createEmployer();
    await db.company.update({ where: { id: owner.company.id }, data: { status: "SUSPENDED", suspendedAt: new Date() } });
    const outcome = await upload(owner.actor, file(await buildImage("png")));
    expect(outcome).toMatchObject({ ok: false, state: { message: expect.stringMatching(/suspended/) } });
    expect(await storedFiles()).toEqual([]);
  });

  it("the route answers 404 for a wrong version, a malformed file name or company, never a 5xx", async () => {
    const owner = await createEmployer();
    await upload(owner.actor, file(await buildImage("png")));
    const { logoVersion } = await companyRow(owner.company.id);
    for (const [company, name] of [
      [owner.company.id, "0000000000000000.webp"],
      [owner.company.id, `${logoVersion}.png`],
      [owner.company.id, "..%2F..%2Fetc%2Fpasswd"],
      ["not a company", `${logoVersion}.webp`],
      ["c".repeat(30), `${logoVersion}.webp`],
    ] as const) {
      expect((await serve(company, name)).status, `${company}/${name}`).toBe(404);
    }
  });
});
