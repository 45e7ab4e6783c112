// `npx tsx scripts/bench/logo.ts`: how long redrawing an uploaded logo takes (decode, resize, WebP encode),
// by input format and size, median and p95 of 15 runs each. Run on an idle machine; compare rows of one run.
import { register } from "node:module";
import sharp from "sharp";
import { median, ms, percentile, table } from "./stats";

register("../lib/server-only-hooks.mjs", import.meta.url);
const { reencodeLogo } = await import("../../src/server/companies/logo-image");

async function photo(format: "png" | "jpeg" | "webp", side: number): Promise<Buffer> {
  // Noise does not compress: the worst case for the decoder at this size.
  const pixels = Buffer.alloc(side * side * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 2654435761) >>> 24;
  return sharp(pixels, { raw: { width: side, height: side, channels: 3 } })
    .toFormat(format)
    .toBuffer();
}

const rows: string[][] = [];
for (const [format, side] of [
  ["png", 512],
  ["jpeg", 2048],
  ["webp", 1024],
] as const) {
  const input = await photo(format, side);
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    await reencodeLogo(input, format);
    times.push(performance.now() - start);
  }
  rows.push([`${format} ${side}×${side}`, `${Math.round(input.length / 1024)} KB`, ms(median(times)), ms(percentile(times, 95))]);
}
console.log(table(["input", "bytes", "median", "p95"], rows));
