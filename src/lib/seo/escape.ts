// Escaping for text placed inside HTML or XML markup, and for JSON placed inside a <script> element.

const MARKUP_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text safe inside HTML or XML element content and quoted attribute values. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => MARKUP_ENTITIES[c]!);
}

/**
 * Characters XML 1.0 forbids outright (most C0 controls, lone surrogates, U+FFFE/FFFF). Employer text comes
 * from forms and should never hold them, but one stray byte would make a whole feed unparseable.
 */
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside XML: forbidden characters dropped, markup characters escaped. */
export function escapeXml(text: string): string {
  return escapeMarkup(text.replace(XML_FORBIDDEN, ""));
}

/**
 * JSON for an inline <script type="application/ld+json">. JSON.stringify leaves "<" alone, so a value
 * containing "</script>" would end the element early; \u003c (and the other escapes) are the same JSON
 * to a parser but inert to the HTML tokenizer. U+2028/2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
