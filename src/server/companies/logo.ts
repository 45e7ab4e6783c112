import "server-only";
import { createHash } from "node:crypto";
import { checkLogo, LOGO_MESSAGES, MAX_LOGO_BYTES } from "@/lib/images/logo-check";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/server/audit/record";
import type { Actor } from "@/server/auth/session";
import { ownerMembership } from "@/server/companies/membership";
import { LOGO_CONTENT_TYPE, reencodeLogo, UndecodableImageError } from "@/server/companies/logo-image";
import { db } from "@/server/db";
import { newStorageKey, storage } from "@/server/storage";

// The company's logo: owners set and remove it (like the rest of the profile). The bytes are judged by
// content, redrawn (logo-image.ts) and stored under a random key; the row names the key and a version
// taken from the stored bytes, which is part of the logo's URL, so a new logo shows at once everywhere
// while each URL can be cached for good.

function refused(message: string): never {
  throw new ValidationError("The logo was not changed.", { logo: [message] });
}

/** Swaps the company's logo for `next` (or none); returns the key the row held before, to delete after the commit. */
async function replaceLogo(actor: Actor, next: { key: string; version: string } | null) {
  const { companyId } = await ownerMembership(actor);
  return db.$transaction(async (tx) => {
    const [before] = await tx.$queryRaw<{ slug: string; status: string; logoKey: string | null }[]>`
      SELECT slug, status::text, "logoKey" FROM "Company" WHERE id = ${companyId} FOR UPDATE`;
    if (!before) throw new NotFoundError("Company not found.");
    if (before.status !== "ACTIVE") {
      throw new ConflictError("Your company account is suspended, so its profile cannot change. Contact Backplane support.");
    }
    await tx.company.update({
      where: { id: companyId },
      data: { logoKey: next?.key ?? null, logoVersion: next?.version ?? null },
    });
    await recordAudit(tx, actor, {
      action: next ? "company.logo.set" : "company.logo.remove",
      targetType: "Company",
      targetId: companyId,
    });
    return { slug: before.slug, previousKey: before.logoKey };
  });
}

export async function uploadCompanyLogo(actor: Actor, file: File) {
  // Who may change it is settled before the file is read or decoded.
  await ownerMembership(actor);
  if (file.size > MAX_LOGO_BYTES) refused(LOGO_MESSAGES["too-large"]); // not even read
  const bytes = Buffer.from(await file.arrayBuffer());
  const verdict = checkLogo(bytes);
  if (!verdict.ok) refused(verdict.message);
  let encoded: Buffer;
  try {
    encoded = await reencodeLogo(bytes, verdict.format);
  } catch (error) {
    if (error instanceof UndecodableImageError) refused(LOGO_MESSAGES.undecodable);
    throw error;
  }

  const key = newStorageKey("logo");
  const version = createHash("sha256").update(encoded).digest("hex").slice(0, 16);
  await storage().put(key, encoded, LOGO_CONTENT_TYPE);
  let result: Awaited<ReturnType<typeof replaceLogo>>;
  try {
    result = await replaceLogo(actor, { key, version });
  } catch (error) {
    await storage().delete(key);
    throw error;
  }
  // After the commit: a failed removal leaves unreferenced bytes, never a row without its bytes.
  if (result.previousKey) await storage().delete(result.previousKey);
  return { slug: result.slug };
}

export async function removeCompanyLogo(actor: Actor) {
  const result = await replaceLogo(actor, null);
  if (result.previousKey) await storage().delete(result.previousKey);
  return { slug: result.slug, removed: result.previousKey !== null };
}

/** The stored logo bytes of a company when `version` is its current one; null otherwise (the route's 404). */
export async function readCompanyLogo(companyId: string, version: string): Promise<Buffer | null> {
  const company = await db.company.findFirst({ where: { id: companyId, logoVersion: version }, select: { logoKey: true } });
  if (!company?.logoKey) return null;
  return storage().get(company.logoKey);
}
