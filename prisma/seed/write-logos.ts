import { createHash } from "node:crypto";
import sharp from "sharp";
import type { ObjectStorage } from "@/server/storage/object-storage";
import type { SeedClient } from "./client";
import { COMPANY_PROFILES } from "./company-profiles";

// Demo logos, drawn in code (no image files in the repository): a shape in two colours on a 128 px
// square WebP, the same format and size uploads are redrawn to. Keys derive from the slug, so a second
// run overwrites the same objects instead of adding new ones.

const SHAPES = {
  ring: (a: string, b: string) =>
    `<rect width="128" height="128" rx="24" fill="${a}"/><circle cx="64" cy="64" r="34" fill="none" stroke="${b}" stroke-width="16"/>`,
  bars: (a: string, b: string) =>
    `<rect width="128" height="128" rx="24" fill="${a}"/><rect x="30" y="70" width="16" height="30" fill="${b}"/><rect x="56" y="50" width="16" height="50" fill="${b}"/><rect x="82" y="28" width="16" height="72" fill="${b}"/>`,
  diamond: (a: string, b: string) =>
    `<rect width="128" height="128" rx="24" fill="${a}"/><polygon points="64,22 106,64 64,106 22,64" fill="${b}"/>`,
};

export async function drawSeedLogo(colors: [string, string], shape: keyof typeof SHAPES): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128">${SHAPES[shape](colors[0], colors[1])}</svg>`;
  return sharp(Buffer.from(svg)).webp({ quality: 90 }).toBuffer();
}

/** Stores each profiled company's logo and points its row at it. */
export async function writeLogos(client: SeedClient, storage: ObjectStorage, companies: Map<string, string>) {
  let written = 0;
  for (const [slug, profile] of Object.entries(COMPANY_PROFILES)) {
    const id = companies.get(slug);
    if (!profile.logo || !id) continue;
    const bytes = await drawSeedLogo(profile.logo.colors, profile.logo.shape);
    const key = `logo/${createHash("sha256").update(`seed-logo:${slug}`).digest("hex").slice(0, 32)}`;
    const version = createHash("sha256").update(bytes).digest("hex").slice(0, 16);
    await storage.put(key, bytes, "image/webp");
    await client.company.update({ where: { id }, data: { logoKey: key, logoVersion: version } });
    written++;
  }
  return written;
}
