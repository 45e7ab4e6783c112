import type pg from "pg";
import type { ColumnShape, SchemaShape } from "./shape";

// The same description read from a live database's catalog (schema "public").

const IGNORED_TABLES = new Set(["_prisma_migrations"]);

const ACTIONS: Record<string, string> = { a: "NO ACTION", r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT" };

type Queryable = Pick<pg.Client, "query">;

export async function readDatabaseSchema(client: Queryable): Promise<SchemaShape> {
  const columns = await client.query<{
    table: string;
    name: string;
    udt: string;
    is_array: boolean;
    nullable: boolean;
    has_default: boolean;
    char_length: number | null;
    precision: number | null;
  }>(`
    SELECT c.relname AS table, a.attname AS name, et.typname AS udt, t.typcategory = 'A' AS is_array,
           NOT a.attnotnull AS nullable, a.atthasdef AS has_default,
           information_schema._pg_char_max_length(et.oid, a.atttypmod) AS char_length,
           information_schema._pg_datetime_precision(et.oid, a.atttypmod) AS precision
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid AND c.relkind IN ('r', 'p')
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      JOIN pg_type t ON t.oid = a.atttypid
      JOIN pg_type et ON et.oid = CASE WHEN t.typcategory = 'A' THEN t.typelem ELSE t.oid END
     WHERE a.attnum > 0 AND NOT a.attisdropped
     ORDER BY c.relname, a.attnum`);

  const tables = new Map<string, ColumnShape[]>();
  for (const c of columns.rows) {
    if (IGNORED_TABLES.has(c.table)) continue;
    const type =
      c.udt === "timestamp" || c.udt === "timestamptz"
        ? `${c.udt}(${c.precision})`
        : c.char_length !== null
          ? `${c.udt}(${c.char_length})`
          : c.udt;
    const list = tables.get(c.table) ?? [];
    list.push({ name: c.name, type, isArray: c.is_array, nullable: c.nullable, hasDefault: c.has_default });
    tables.set(c.table, list);
  }

  const indexes = await client.query<{
    table: string;
    name: string;
    columns: string[];
    unique: boolean;
    primary: boolean;
    method: string;
  }>(`
    SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique, ix.indisprimary AS primary, am.amname AS method,
           array(SELECT replace(pg_get_indexdef(ix.indexrelid, k, true), '"', '')
                        || CASE WHEN pg_index_column_has_property(ix.indexrelid, k, 'desc') THEN ' DESC' ELSE '' END
                   FROM generate_series(1, ix.indnkeyatts) AS k ORDER BY k)::text[] AS columns
      FROM pg_index ix
      JOIN pg_class i ON i.oid = ix.indexrelid
      JOIN pg_am am ON am.oid = i.relam
      JOIN pg_class t ON t.oid = ix.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
     ORDER BY t.relname, i.relname`);

  const foreignKeys = await client.query<{
    table: string;
    name: string;
    columns: string[];
    refTable: string;
    refColumns: string[];
    del: string;
    upd: string;
  }>(`
    SELECT t.relname AS table, con.conname AS name, r.relname AS "refTable",
           con.confdeltype AS del, con.confupdtype AS upd,
           array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(num, ord)
                   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord) AS columns,
           array(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(num, ord)
                   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord) AS "refColumns"
      FROM pg_constraint con
      JOIN pg_class t ON t.oid = con.conrelid
      JOIN pg_class r ON r.oid = con.confrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
     WHERE con.contype = 'f'
     ORDER BY t.relname, con.conname`);

  const enums = await client.query<{ name: string; values: string[] }>(`
    SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
      FROM pg_type t
      JOIN pg_enum e ON e.enumtypid = t.oid
      JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public'
     GROUP BY t.typname
     ORDER BY t.typname`);

  return {
    tables: [...tables].map(([name, cols]) => ({ name, columns: cols })),
    indexes: indexes.rows.filter((i) => !IGNORED_TABLES.has(i.table)),
    foreignKeys: foreignKeys.rows.map(({ del, upd, ...fk }) => ({ ...fk, onDelete: ACTIONS[del]!, onUpdate: ACTIONS[upd]! })),
    enums: enums.rows,
  };
}
