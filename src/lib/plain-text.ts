// Employer text is plain text. Blank lines separate paragraphs; a block whose every line starts with
// "-", "*" or "•" is a list. The page (PlainText) and the HTML for JSON-LD and feeds share these rules,
// so what a search engine or feed reader gets is what the page shows.

export type TextBlock = { kind: "paragraph"; text: string } | { kind: "list"; items: string[] };

const BULLET = /^\s*[-*•]\s+/;

export function plainTextBlocks(text: string): TextBlock[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block): TextBlock => {
      const lines = block.split("\n");
      return lines.every((line) => BULLET.test(line))
        ? { kind: "list", items: lines.map((line) => line.replace(BULLET, "")) }
        : { kind: "paragraph", text: block };
    });
}
