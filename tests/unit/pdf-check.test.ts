import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "@/lib/documents/content-disposition";
import { cleanCvFilename } from "@/lib/documents/filename";
import { MAX_CV_BYTES, checkPdf } from "@/lib/documents/pdf-check";
import { MAX_UPLOAD_BODY_BYTES, maxBodyBytes } from "@/server/http/request-guard";
import { contentSecurityPolicy, routeClass } from "@/server/http/security-headers";
import { buildPdf } from "../setup/pdf";

// A CV is judged by its bytes: each kind of file the issue names is refused for its own reason, and
// real PDFs (header a little way in, either cross-reference form, version 2.0) are accepted.

const bytes = (text: string) => Buffer.from(text, "latin1");

describe("checkPdf", () => {
  it("accepts a small real PDF, with the version from its header", () => {
    expect(checkPdf(buildPdf())).toEqual({ ok: true, version: "1.7" });
    expect(checkPdf(buildPdf({ version: "2.0" }))).toEqual({ ok: true, version: "2.0" });
    expect(checkPdf(buildPdf({ version: "1.5", xrefStream: { encrypt: false } }))).toEqual({ ok: true, version: "1.5" });
  });

  it("finds the header anywhere in the first 1024 bytes, not after", () => {
    expect(checkPdf(buildPdf({ preamble: "\x00".repeat(1000) }))).toMatchObject({ ok: true });
    expect(checkPdf(buildPdf({ preamble: "x".repeat(1020) }))).toMatchObject({ ok: false, reason: "not-pdf" });
  });

  it("accepts exactly 5 MB and refuses a byte more", () => {
    const atLimit = buildPdf({ padTo: MAX_CV_BYTES });
    expect(atLimit.length).toBe(MAX_CV_BYTES);
    expect(checkPdf(atLimit)).toMatchObject({ ok: true });
    const over = buildPdf({ padTo: MAX_CV_BYTES + 1 });
    expect(checkPdf(over)).toMatchObject({ ok: false, reason: "too-large", message: expect.stringContaining("5 MB") });
  });

  it.each([
    ["a zero-byte file", Buffer.alloc(0), "empty", "empty"],
    ["a Windows program renamed .pdf", Buffer.concat([bytes("MZ\x90\x00\x03"), buildPdf()]), "executable", "program"],
    ["a Linux program renamed .pdf", Buffer.concat([bytes("\x7fELF\x02\x01\x01"), buildPdf()]), "executable", "program"],
    ["an HTML page", bytes("<!DOCTYPE html><html><body>%PDF-1.4 %%EOF</body></html>"), "html", "web page"],
    ["an HTML page after a BOM and blank lines", bytes("\xef\xbb\xbf\n\n<html><p>CV</p></html>"), "html", "web page"],
    [
      "an SVG image",
      bytes('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><text>%PDF-1.4</text></svg>'),
      "svg",
      "SVG",
    ],
    ["an XML file", bytes('<?xml version="1.0"?><cv><name>Ada</name></cv>'), "xml", "XML"],
    ["a text file", bytes("Ada Lovelace\nStaff engineer\n"), "not-pdf", "not a PDF"],
    ["a PNG image", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), "not-pdf", "not a PDF"],
    ["a PDF cut short", buildPdf().subarray(0, 300), "truncated", "end-of-file"],
    ["an encrypted PDF (trailer)", buildPdf({ encryptedTrailer: true }), "encrypted", "password-protected"],
    [
      "an encrypted PDF (cross-reference stream)",
      buildPdf({ version: "1.6", xrefStream: { encrypt: true } }),
      "encrypted",
      "password-protected",
    ],
  ])("refuses %s, saying why", (_name, file, reason, words) => {
    const verdict = checkPdf(file);
    expect(verdict).toMatchObject({ ok: false, reason });
    if (!verdict.ok) expect(verdict.message).toContain(words);
  });

  it("is not fooled by /EncryptMetadata or an /Encrypt outside the trailer", () => {
    const metadataOnly = bytes(buildPdf().toString("latin1").replace("/Root 1 0 R >>", "/Root 1 0 R /EncryptMetadata false >>"));
    expect(checkPdf(metadataOnly)).toMatchObject({ ok: true });
    expect(checkPdf(buildPdf({ text: "How I /Encrypt data at rest" }))).toMatchObject({ ok: true });
  });
});

describe("attachmentDisposition (RFC 6266, RFC 5987)", () => {
  it("gives an ASCII fallback and the exact UTF-8 name", () => {
    expect(attachmentDisposition("Zoë Ångström – CV.pdf")).toBe(
      `attachment; filename="Zoe Angstrom _ CV.pdf"; filename*=UTF-8''Zo%C3%AB%20%C3%85ngstr%C3%B6m%20%E2%80%93%20CV.pdf`,
    );
    expect(attachmentDisposition("ada.pdf")).toBe(`attachment; filename="ada.pdf"; filename*=UTF-8''ada.pdf`);
  });

  it("never lets a name break out of its parameter", () => {
    const header = attachmentDisposition("a\"; filename=evil.exe; x=\\(').pdf");
    expect(header).toBe(
      `attachment; filename="a_; filename=evil.exe; x=_(').pdf"; filename*=UTF-8''a%22%3B%20filename%3Devil.exe%3B%20x%3D%5C%28%27%29.pdf`,
    );
    expect(attachmentDisposition("简历.pdf")).toBe(
      `attachment; filename="document.pdf"; filename*=UTF-8''%E7%AE%80%E5%8E%86.pdf`,
    );
    expect(() => attachmentDisposition("\ud800.pdf")).not.toThrow();
  });
});

describe("cleanCvFilename", () => {
  it("keeps the uploader's name as display text, ending in .pdf", () => {
    expect(cleanCvFilename("Ada Lovelace CV.PDF")).toBe("Ada Lovelace CV.pdf");
    expect(cleanCvFilename("resume")).toBe("resume.pdf");
    expect(cleanCvFilename("C:\\Users\\ada\\cv.pdf")).toBe("cv.pdf");
    expect(cleanCvFilename("../../etc/passwd")).toBe("passwd.pdf");
    expect(cleanCvFilename("")).toBe("CV.pdf");
    expect(cleanCvFilename("..")).toBe("CV.pdf");
  });

  it("drops control and bidi characters and caps the length", () => {
    expect(cleanCvFilename("cv\u202egnp.exe")).toBe("cvgnp.exe.pdf");
    expect(cleanCvFilename("a\u0000b\nc.pdf")).toBe("abc.pdf");
    expect(Array.from(cleanCvFilename("é".repeat(500))).length).toBe(120);
  });
});

describe("request body limits", () => {
  it("lets only the CV page receive a 5 MB file", () => {
    expect(maxBodyBytes("/account/cvs")).toBe(MAX_UPLOAD_BODY_BYTES);
    expect(MAX_UPLOAD_BODY_BYTES).toBeGreaterThan(MAX_CV_BYTES);
    expect(maxBodyBytes("/sign-in")).toBe(1024 * 1024);
    expect(maxBodyBytes("/account/cvs/x")).toBe(1024 * 1024);
  });
});

describe("the CV download's route class", () => {
  it("gets the non-document policy (nothing may load), like the API", () => {
    expect(routeClass("/documents/clabcdefghijklmnopqrstu")).toBe("non-document");
    expect(contentSecurityPolicy(routeClass("/documents/x"))).toContain("default-src 'none'");
  });
});
