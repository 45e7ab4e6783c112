// CSV for spreadsheets (RFC 4180), safe to open: a cell a spreadsheet would read as a formula is
// neutralised. Pure, so the export route and its tests share exactly one implementation.

export type CsvCell = string | number | null | undefined;

// A spreadsheet evaluates a cell starting with one of these as a formula (tab and CR too: some strip
// them and evaluate what follows). OWASP's advice: prefix such a cell with an apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell's text: neutralised if it could be a formula, quoted (quotes doubled) if it needs quoting. */
export function csvField(cell: CsvCell): string {
  // Numbers are our own figures, never a formula; only text from people can be one.
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (cell === null || cell === undefined) return "";
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV text: fields separated by commas, every record ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}

/**
 * A Content-Disposition for a download (RFC 6266): a plain ASCII `filename` every client understands,
 * and `filename*` (RFC 8187) with the exact name when it has characters beyond that.
 */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  if (ascii === filename) return `attachment; filename="${ascii}"`;
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
