import "server-only";
import sharp from "sharp";
import type { LogoFormat } from "@/lib/images/logo-check";

// Decoding an uploaded logo and drawing it again at one size: what is stored and served is only ever
// pixels this code encoded, so nothing the sender hid in the file (a script after the image data, a
// second format's content, metadata) survives, and pages never load a multi-megapixel original.

/** Every stored logo: a square WebP of this many pixels a side (shown at up to 64 CSS px, so 2x screens stay sharp). */
export const LOGO_SIZE = 128;
export const LOGO_CONTENT_TYPE = "image/webp";

// A 1 MB file can still claim a huge canvas (a "decompression bomb"); anything a logo plausibly is fits.
const MAX_INPUT_PIXELS = 4096 * 4096;

// The library keeps a cache of decoded images and runs one thread per core by default; neither helps a
// server that decodes one small image now and then, on a shared machine.
sharp.cache(false);
sharp.concurrency(1);

export class UndecodableImageError extends Error {}

/**
 * The logo redrawn as a LOGO_SIZE square WebP (transparent margins keep its proportions), or
 * UndecodableImageError when the bytes are not a whole image of the format their signature names.
 */
export async function reencodeLogo(bytes: Buffer, format: LogoFormat): Promise<Buffer> {
  try {
    // failOn "warning": a truncated or corrupt image is refused rather than drawn half grey.
    const image = sharp(bytes, { failOn: "warning", limitInputPixels: MAX_INPUT_PIXELS, animated: false });
    const meta = await image.metadata();
    if (meta.format !== format) throw new UndecodableImageError(`Signature says ${format}, decoder says ${meta.format}`);
    return await image
      .rotate() // honours a camera's orientation tag before the metadata is dropped
      .resize(LOGO_SIZE, LOGO_SIZE, { fit: "contain", background: { r: 0, g: 0, b: 0, alpha: 0 } })
      .webp({ quality: 90, effort: 4 })
      .toBuffer();
  } catch (error) {
    if (error instanceof UndecodableImageError) throw error;
    // The decoder's message names the defect; the visitor gets a plain sentence instead (logo.ts).
    throw new UndecodableImageError(error instanceof Error ? error.message : String(error));
  }
}
