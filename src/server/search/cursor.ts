import { ValidationError } from "@/lib/errors";
import type { SearchSort } from "@/lib/schemas/search";

// Keyset cursors: the sort key and id of the last row shown, opaque to clients (base64url JSON).
// The key is kept as PostgreSQL's own text for the value (a timestamp, an integer, a real), so the next
// page compares against exactly what the previous page saw.

/** "match" is the candidate's own order (/api/me/jobs, decision 035); its key is a whole-number score. */
export type CursorSort = SearchSort | "match";
export type Cursor = { sort: CursorSort; key: string; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.id]), "utf8").toString("base64url");
}

const INVALID = "That cursor is not valid for this search; start again from the first page.";

/** The cursor, checked against the sort it was made for; a ValidationError names the `cursor` parameter. */
export function decodeCursor(text: string, sort: CursorSort): Cursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    throw new ValidationError(INVALID, { cursor: [INVALID] });
  }
  if (!Array.isArray(value) || value.length !== 3 || !value.every((v) => typeof v === "string")) {
    throw new ValidationError(INVALID, { cursor: [INVALID] });
  }
  const [cursorSort, key, id] = value as [string, string, string];
  const keyOk =
    cursorSort === "newest"
      ? /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?$/.test(key)
      : cursorSort === "pay"
        ? /^\d{1,10}$/.test(key)
        : cursorSort === "relevance"
          ? /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(key)
          : cursorSort === "match"
            ? /^\d{1,4}$/.test(key)
            : false;
  if (cursorSort !== sort || !keyOk || !/^[a-z0-9]{1,40}$/.test(id)) throw new ValidationError(INVALID, { cursor: [INVALID] });
  return { sort, key, id };
}
