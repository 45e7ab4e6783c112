// The name a CV is shown and downloaded under: the uploader's own file name, cleaned. It is display text
// only; storage keys are random (src/server/storage) and never derived from it.

const MAX_NAME = 120;

export function cleanCvFilename(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? "";
  const cleaned = base
    // Unpaired surrogates cannot be encoded in a header; control and format characters (bidi overrides
    // that make "exe.pdf" read as "fdp.exe") have no place in a name.
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "")
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim();
  const stem = cleaned.replace(/\.pdf$/i, "").trim();
  const shortened = Array.from(stem)
    .slice(0, MAX_NAME - 4)
    .join("")
    .trim();
  return `${shortened === "" || /^\.+$/.test(shortened) ? "CV" : shortened}.pdf`;
}
