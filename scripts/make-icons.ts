// `npx tsx scripts/make-icons.ts`: draws the files browsers fetch from the site root without being told
// (public/favicon.ico, public/apple-touch-icon.png) from src/app/icon.svg, so every icon has one source.
// Run it after changing the logo; the results are committed.
import { readFileSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const svg = readFileSync(new URL("../src/app/icon.svg", import.meta.url), "utf8");

async function render(size: number, { square }: { square: boolean }): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  try {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    // iOS rounds the corners of home-screen icons itself and fills transparency with black: a full square.
    const art = square ? svg.replace(/rx="7"/, 'rx="0"') : svg;
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${art.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    return await page.screenshot({ omitBackground: !square, clip: { x: 0, y: 0, width: size, height: size } });
  } finally {
    await browser.close();
  }
}

/** An ICO file whose images are PNGs (understood by every browser since 2007). */
function ico(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry); // width (0 means 256)
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1); // height
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

async function main() {
  const sizes = [16, 32, 48];
  const images = [];
  for (const size of sizes) images.push({ size, png: await render(size, { square: false }) });
  writeFileSync(new URL("../public/favicon.ico", import.meta.url), ico(images));
  writeFileSync(new URL("../public/apple-touch-icon.png", import.meta.url), await render(180, { square: true }));
  console.log("Wrote public/favicon.ico (16, 32, 48 px) and public/apple-touch-icon.png (180 px).");
}

void main();
