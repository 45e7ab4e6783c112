import "server-only";
import type { SearchQuery } from "@/lib/schemas/search";
import { replaceWords, searchWords } from "@/lib/search-words";
import { readDb } from "@/server/db-read";
import { filterSql, tsquerySql } from "./filters";
import { correctionsSql, type CorrectionRow } from "./terms-sql";

// "Did you mean …?" for a search that found nothing (docs/decisions/013-did-you-mean.md). Each word of the
// text that is not a known term (by its English stem) is replaced by the most similar term of the
// vocabulary (SearchTerm, trigram similarity, the commoner term on a tie). A suggestion is offered only
// when every unknown word has a replacement and the corrected search, with the same filters, finds
// something: a link to another empty page helps nobody.

// Without pg_trgm (a PostgreSQL server lacking contrib: the migration then skips it) there are no
// suggestions rather than an error. Asked once per process.
let trigrams: Promise<boolean> | undefined;
function hasTrigrams(): Promise<boolean> {
  trigrams ??= readDb().$queryRaw<
    { ok: boolean }[]
  >`SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') AS "ok"`.then(([row]) => row?.ok === true);
  return trigrams;
}

/** The corrected search text, or null when there is nothing to suggest. Call it when a search found nothing. */
export async function suggestSearchText(query: SearchQuery, now: Date = new Date()): Promise<string | null> {
  if (!query.q) return null;
  const words = searchWords(query.q);
  if (words.length === 0 || !(await hasTrigrams())) return null;

  const rows = await readDb().$queryRaw<CorrectionRow[]>(correctionsSql(words.map((w) => w.word)));
  const replacements: { start: number; end: number; with: string }[] = [];
  for (const [i, word] of words.entries()) {
    const row = rows.find((r) => Number(r.ord) === i + 1);
    if (!row || row.known) continue;
    if (!row.term) return null; // an unknown word nothing resembles: no honest suggestion
    replacements.push({ start: word.start, end: word.end, with: row.term });
  }
  if (replacements.length === 0) return null;

  const corrected = replaceWords(query.q, replacements);
  const [found] = await readDb().$queryRaw<{ any: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM "Listing" l JOIN "Company" c ON c."id" = l."companyId"
       WHERE ${filterSql({ ...query, q: corrected }, { now, tsquery: tsquerySql(corrected) })}
    ) AS "any"`;
  return found?.any ? corrected : null;
}
