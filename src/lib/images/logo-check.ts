// Whether an upload may be a company logo, decided from its first bytes alone: the name and the type the
// browser claims are whatever the sender chose. Only the signature is judged here; whether the image
// really decodes is learnt by decoding it (src/server/companies/logo-image.ts). Pure, so unit-tested.

export const MAX_LOGO_BYTES = 1024 * 1024;

export type LogoFormat = "png" | "jpeg" | "webp";
export type LogoRefusal = "empty" | "too-large" | "not-image";
export type LogoCheck = { ok: true; format: LogoFormat } | { ok: false; reason: LogoRefusal; message: string };

export const LOGO_MESSAGES: Record<LogoRefusal | "undecodable", string> = {
  empty: "This file is empty. Choose a PNG, JPEG or WebP image of your logo.",
  "too-large": "This image is larger than 1 MB. Export a smaller one (a logo needs no more than 512 × 512 pixels).",
  "not-image": "This file is not a PNG, JPEG or WebP image, whatever its name says. Choose your logo as one of those.",
  undecodable: "This image is damaged or incomplete, so it could not be read. Export it again and retry.",
};

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, i) => bytes[at + i] === byte);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/** The image format the bytes begin with, or null. */
export function sniffLogoFormat(bytes: Uint8Array): LogoFormat | null {
  if (startsWith(bytes, PNG)) return "png";
  if (startsWith(bytes, JPEG)) return "jpeg";
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "webp";
  return null;
}

export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { ok: false, reason: "empty", message: LOGO_MESSAGES.empty };
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, reason: "too-large", message: LOGO_MESSAGES["too-large"] };
  const format = sniffLogoFormat(bytes);
  if (!format) return { ok: false, reason: "not-image", message: LOGO_MESSAGES["not-image"] };
  return { ok: true, format };
}
