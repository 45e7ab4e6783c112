// `Content-Disposition: attachment` for a user-chosen file name (RFC 6266): a plain ASCII `filename` for
// old clients and the exact name as UTF-8 in `filename*` (RFC 5987 / 8187), so no name can break the
// header or smuggle a parameter.

/** RFC 5987 attr-char; everything else is percent-encoded (encodeURIComponent leaves ' ( ) * as they are). */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The name with anything outside printable ASCII, and the quote and backslash, replaced by "_". */
function asciiFallback(name: string): string {
  const extension = /\.[A-Za-z0-9]{1,8}$/.exec(name)?.[0] ?? "";
  const stem = name
    .slice(0, name.length - extension.length)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]|["\\]/g, "_")
    .replace(/_+/g, "_")
    .trim();
  return `${/^[\s_.]*$/.test(stem) ? "document" : stem}${extension}`;
}

export function attachmentDisposition(name: string): string {
  // An unpaired surrogate has no UTF-8 encoding (encodeURIComponent would throw).
  const filename = name.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
  return `attachment; filename="${asciiFallback(filename)}"; filename*=UTF-8''${encodeExtValue(filename)}`;
}
