// Whether an upload is a PDF Backplane will keep, decided from its bytes alone: the name and the type the
// browser claims are whatever the sender chose. Pure, so the refusals are unit-tested byte by byte.

export const MAX_CV_BYTES = 5 * 1024 * 1024;

export type PdfRefusal = "empty" | "too-large" | "executable" | "html" | "svg" | "xml" | "not-pdf" | "truncated" | "encrypted";

export type PdfCheck = { ok: true; version: string } | { ok: false; reason: PdfRefusal; message: string };

const MESSAGES: Record<PdfRefusal, string> = {
  empty: "This file is empty. Choose the PDF of your CV.",
  "too-large": "This file is larger than 5 MB. Export a smaller PDF (fewer or compressed images) and try again.",
  executable: "This file is a program, not a PDF, whatever its name says. Choose the PDF of your CV.",
  html: "This file is a web page (HTML), not a PDF. Save or print your CV as a PDF and upload that.",
  svg: "This file is an SVG image, not a PDF. Export your CV as a PDF and upload that.",
  xml: "This file is an XML document, not a PDF. Export your CV as a PDF and upload that.",
  "not-pdf": "This file is not a PDF (it has no PDF header). Export your CV as a PDF and upload that.",
  truncated: "This PDF is incomplete or damaged (it has no end-of-file marker). Export it again and retry.",
  encrypted: "This PDF is password-protected or encrypted, so employers could not open it. Upload an unprotected copy.",
};

function refuse(reason: PdfRefusal): PdfCheck {
  return { ok: false, reason, message: MESSAGES[reason] };
}

// The PDF specification lets readers find the header anywhere in the first 1024 bytes (some writers
// put a few bytes before it); the end-of-file marker is likewise looked for near the end only.
const HEADER_WINDOW = 1024;
const TRAILER_WINDOW = 1024;
const HEADER = /%PDF-(1\.[0-7]|2\.0)/;

/** One byte per character, so offsets in the string are offsets in the file. */
function latin1(bytes: Uint8Array, start = 0, end = bytes.length): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, end - start)).toString("latin1");
}

/** What well-known non-PDF content starts the file, if any. */
function recognisedImpostor(bytes: Uint8Array): PdfRefusal | null {
  if (bytes[0] === 0x4d && bytes[1] === 0x5a) return "executable"; // "MZ": Windows / DOS programs
  if (bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46) return "executable"; // ELF
  if (bytes[0] === 0xcf && bytes[1] === 0xfa && bytes[2] === 0xed && bytes[3] === 0xfe) return "executable"; // Mach-O
  const head = latin1(bytes, 0, Math.min(bytes.length, HEADER_WINDOW))
    .replace(/^\xef\xbb\xbf/, "")
    .trimStart();
  if (!head.startsWith("<")) return null;
  const lower = head.toLowerCase();
  if (lower.includes("<svg")) return "svg";
  if (/<!doctype html|<html|<head|<body|<script|<meta|<iframe/.test(lower)) return "html";
  if (lower.startsWith("<?xml")) return "xml";
  return "html";
}

/** The balanced `<< … >>` dictionary starting at `from` (the first "<<" at or after it), or null. */
function dictionaryAt(text: string, from: number): string | null {
  const start = text.indexOf("<<", from);
  if (start === -1) return null;
  let depth = 0;
  for (let i = start; i < text.length - 1; i++) {
    if (text[i] === "<" && text[i + 1] === "<") {
      depth++;
      i++;
    } else if (text[i] === ">" && text[i + 1] === ">") {
      depth--;
      i++;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return null;
}

// A name token is ended by whitespace or a delimiter; /EncryptMetadata is another name.
const ENCRYPT_NAME = /\/Encrypt(?![^\s()<>[\]{}/%])/;

/**
 * The file's trailer dictionaries: classic `trailer << … >>` sections and, since PDF 1.5, the dictionaries
 * of cross-reference streams (`/Type /XRef`). An encrypted file names its encryption dictionary there.
 */
function trailerDictionaries(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/trailer/g)) {
    const dictionary = dictionaryAt(text, match.index + "trailer".length);
    if (dictionary) found.push(dictionary);
  }
  for (const match of text.matchAll(/\/Type\s*\/XRef(?![^\s()<>[\]{}/%])/g)) {
    const objectStart = text.lastIndexOf(" obj", match.index);
    if (objectStart === -1) continue;
    const dictionary = dictionaryAt(text, objectStart);
    if (dictionary) found.push(dictionary);
  }
  return found;
}

export function checkPdf(bytes: Uint8Array): PdfCheck {
  if (bytes.length === 0) return refuse("empty");
  if (bytes.length > MAX_CV_BYTES) return refuse("too-large");
  const impostor = recognisedImpostor(bytes);
  if (impostor) return refuse(impostor);

  const header = HEADER.exec(latin1(bytes, 0, Math.min(bytes.length, HEADER_WINDOW)));
  if (!header) return refuse("not-pdf");
  if (!latin1(bytes, Math.max(0, bytes.length - TRAILER_WINDOW)).includes("%%EOF")) return refuse("truncated");

  if (trailerDictionaries(latin1(bytes)).some((dictionary) => ENCRYPT_NAME.test(dictionary))) return refuse("encrypted");
  return { ok: true, version: header[1]! };
}
