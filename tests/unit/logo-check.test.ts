import { describe, expect, it } from "vitest";
import { checkLogo, MAX_LOGO_BYTES, sniffLogoFormat } from "@/lib/images/logo-check";
import { companyInitials, companyLogoUrl, LOGO_FILE } from "@/lib/company-logo";

// The logo's first judgement is its signature; names and claimed types play no part.

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const webp = new TextEncoder().encode("RIFF\x10\x00\x00\x00WEBPVP8 ");

describe("checkLogo", () => {
  it("recognises PNG, JPEG and WebP by their first bytes", () => {
    expect(checkLogo(png)).toEqual({ ok: true, format: "png" });
    expect(checkLogo(jpeg)).toEqual({ ok: true, format: "jpeg" });
    expect(checkLogo(webp)).toEqual({ ok: true, format: "webp" });
  });

  it("refuses text, SVG, GIF, HTML, a RIFF that is not WebP, and bytes that only contain a signature later on", () => {
    const refusals = [
      new TextEncoder().encode("just some text, saved as logo.png"),
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      new TextEncoder().encode("GIF89a\x01\x00\x01\x00"),
      new TextEncoder().encode("<html><body>\x89PNG\r\n\x1a\n</body></html>"),
      new TextEncoder().encode("RIFF\x10\x00\x00\x00WAVEfmt "),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47]), // half a PNG signature
    ];
    for (const bytes of refusals) expect(checkLogo(bytes)).toMatchObject({ ok: false, reason: "not-image" });
  });

  it("refuses an empty file and one over 1 MB before looking further", () => {
    expect(checkLogo(new Uint8Array())).toMatchObject({ ok: false, reason: "empty" });
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(png);
    expect(checkLogo(big)).toMatchObject({ ok: false, reason: "too-large", message: expect.stringMatching(/1 MB/) });
    const justRight = new Uint8Array(MAX_LOGO_BYTES);
    justRight.set(png);
    expect(checkLogo(justRight)).toEqual({ ok: true, format: "png" });
  });

  it("sniffLogoFormat needs all 12 bytes of a WebP header", () => {
    expect(sniffLogoFormat(webp.subarray(0, 11))).toBeNull();
  });
});

describe("the logo on pages", () => {
  it("has a URL only with a version, and the route accepts exactly that file name", () => {
    expect(companyLogoUrl({ id: "c1", logoVersion: null })).toBeNull();
    const url = companyLogoUrl({ id: "c1", logoVersion: "0123456789abcdef" })!;
    expect(url).toBe("/logos/c1/0123456789abcdef.webp");
    expect(LOGO_FILE.exec(url.split("/").pop()!)?.[1]).toBe("0123456789abcdef");
    expect(LOGO_FILE.test("0123456789abcdef.png")).toBe(false);
    expect(LOGO_FILE.test("../0123456789abcdef.webp")).toBe(false);
  });

  it("draws initials from the name's first words", () => {
    expect(companyInitials("Acme Data Systems")).toBe("AD");
    expect(companyInitials("ledgerline")).toBe("Le");
    expect(companyInitials("Øresund Ops")).toBe("ØO");
    expect(companyInitials("42 Labs")).toBe("4L");
    expect(companyInitials("—")).toBe("?");
  });
});
