// The words of a search text that "Did you mean" may correct (docs/decisions/013-did-you-mean.md), and the
// text with some of them replaced. The vocabulary (src/server/search/terms-sql.ts) splits titles, company
// and skill names the same way: runs of letters and digits, lower-cased, 3 to 40 characters, not a number.

export type SearchWord = {
  /** Lower case, as the vocabulary stores words. */
  word: string;
  /** Where it sits in the text, so it can be replaced there and the rest (quotes, `or`, `-word`) kept. */
  start: number;
  end: number;
};

export const MIN_TERM_LENGTH = 3;
export const MAX_TERM_LENGTH = 40;
/** A search text is at most 200 characters; more words than this is not a typo to fix. */
const MAX_WORDS = 12;

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The correctable words in order. A word right after "-" is excluded from the search (websearch syntax),
 * so a typo in it never empties the results: it is left alone.
 */
export function searchWords(text: string): SearchWord[] {
  const words: SearchWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index;
    if (raw.length < MIN_TERM_LENGTH || raw.length > MAX_TERM_LENGTH || /^\p{N}+$/u.test(raw)) continue;
    if (text[start - 1] === "-" && (start === 1 || /\s/.test(text[start - 2] ?? ""))) continue;
    words.push({ word: raw.toLowerCase(), start, end: start + raw.length });
    if (words.length === MAX_WORDS) break;
  }
  return words;
}

/** The text with each given word replaced (positions from searchWords on the same text). */
export function replaceWords(text: string, replacements: { start: number; end: number; with: string }[]): string {
  let out = "";
  let at = 0;
  for (const r of [...replacements].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, r.start) + r.with;
    at = r.end;
  }
  return out + text.slice(at);
}
