import { Prisma } from "@/generated/prisma/client";
import { MAX_TERM_LENGTH, MIN_TERM_LENGTH } from "@/lib/search-words";
import { liveSql } from "./filters";

// Rewrites the SearchTerm table (the "Did you mean" vocabulary, docs/decisions/013-did-you-mean.md) from
// the live listings, in SQL, in one transaction. No "server-only": the seed and the tests call it with
// their own client; the app calls it from the refresh-search-terms job.
//
// A term is a run of letters and digits of a live listing's title, its company's name or one of its
// skills' names, lower-cased, 3–40 characters, not a number and not an English stop word (those have no
// stem). searchWords (src/lib/search-words.ts) cuts a query into words by the same rules.

/** Any key will do as long as nothing else in the database uses it. */
const REFRESH_LOCK = 73_110_013;

type RawTx = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;
/** Any Prisma client: the app's, the seed's or a test's. */
export type TermsClient = {
  $transaction<R>(work: (tx: RawTx) => Promise<R>, options?: { timeout?: number; maxWait?: number }): Promise<R>;
};

export async function refreshSearchTermsWith(client: TermsClient, now: Date = new Date()): Promise<{ terms: number }> {
  const terms = await client.$transaction(
    async (tx) => {
      // Two refreshes at once would both delete and then insert the same keys; take turns instead.
      await tx.$queryRaw`SELECT pg_advisory_xact_lock(${REFRESH_LOCK}::bigint)::text AS locked`;
      await tx.$executeRaw`DELETE FROM "SearchTerm"`;
      // A job, not a request: the pool's per-statement limit (DATABASE_STATEMENT_TIMEOUT_MS) is sized for
      // requests, and at a million listings this statement may need longer (1.7 s at 100k).
      await tx.$executeRaw`SET LOCAL statement_timeout = '120s'`;
      // Titles, company names and skill names repeat across listings, so each distinct text is split once
      // and weighted by how many live listings carry it (splitting every listing's title cost 15 s at 100k
      // listings; this costs well under one, see the decision record). A word counts once per text.
      return tx.$executeRaw(Prisma.sql`
        WITH live AS (
          SELECT l."id", l."title", c."name" AS company
            FROM "Listing" l JOIN "Company" c ON c."id" = l."companyId"
           WHERE ${liveSql(now)}
        ), texts AS (
          SELECT lower("title") AS text, count(*) AS n FROM live GROUP BY 1
          UNION ALL
          SELECT lower(company), count(*) FROM live GROUP BY 1
          UNION ALL
          SELECT lower(s."name"), count(*)
            FROM live JOIN "ListingSkill" ls ON ls."listingId" = live."id" JOIN "Skill" s ON s."id" = ls."skillId"
           GROUP BY 1
        ), words AS (
          SELECT DISTINCT t.text, t.n, w.term
            FROM texts t, regexp_split_to_table(t.text, '[^[:alnum:]]+') AS w(term)
        )
        INSERT INTO "SearchTerm" ("term", "lexeme", "listings")
        SELECT term, (ts_lexize('english_stem', term))[1], least(sum(n), 2147483647)::int
          FROM words
         WHERE length(term) BETWEEN ${MIN_TERM_LENGTH}::int AND ${MAX_TERM_LENGTH}::int AND term !~ '^[0-9]+$'
         GROUP BY term
        HAVING (ts_lexize('english_stem', term))[1] IS NOT NULL`);
    },
    // Minutes of headroom for a very large live set; the default 5 s is meant for requests.
    { timeout: 120_000, maxWait: 30_000 },
  );
  return { terms };
}

/** Per query word (1-based `ord`): whether it is known, and the closest term when there is one. */
export type CorrectionRow = { ord: bigint | number; known: boolean; term: string | null };

/** Words as searchWords gives them (lower case). */
export function correctionsSql(words: string[]): Prisma.Sql {
  // `%` is pg_trgm's "similar enough" (similarity ≥ pg_trgm.similarity_threshold, 0.3), served by the GIN
  // index; stop words (no stem) count as known, as the full-text search ignores them.
  return Prisma.sql`
    SELECT q.ord,
           (ts_lexize('english_stem', q.word))[1] IS NULL
             OR EXISTS (SELECT 1 FROM "SearchTerm" k WHERE k."lexeme" = (ts_lexize('english_stem', q.word))[1]) AS "known",
           best."term"
      FROM unnest(${words}::text[]) WITH ORDINALITY AS q(word, ord)
      LEFT JOIN LATERAL (
        SELECT t."term" FROM "SearchTerm" t
         WHERE t."term" % q.word
         ORDER BY similarity(t."term", q.word) DESC, t."listings" DESC, t."term"
         LIMIT 1
      ) best ON true
     ORDER BY q.ord`;
}
