// CSV per RFC 4180 (CRLF line ends; a field with a comma, quote or line break quoted, its quotes doubled),
// made safe to open in a spreadsheet: a cell a spreadsheet would read as a formula (starting with = + - @,
// or a tab or carriage return that some programs skip before one) gets a leading apostrophe.

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
