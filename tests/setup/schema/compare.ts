import type { ColumnShape, ForeignKeyShape, IndexShape, SchemaShape } from "./shape";

/**
 * Every difference between what schema.prisma describes and what the database holds, one sentence each.
 * Empty means they match. Things only the SQL can say (CHECKs, triggers) are not part of either shape.
 */
export function compareSchemas(expected: SchemaShape, actual: SchemaShape): string[] {
  const problems: string[] = [];
  const actualTables = new Map(actual.tables.map((t) => [t.name, t]));
  for (const table of expected.tables) {
    const found = actualTables.get(table.name);
    if (!found) problems.push(`table ${table.name} is missing`);
    else problems.push(...compareColumns(table.name, table.columns, found.columns));
  }
  for (const table of actual.tables) {
    if (!expected.tables.some((t) => t.name === table.name)) problems.push(`table ${table.name} is not in schema.prisma`);
  }

  problems.push(
    ...compareKeyed("index", expected.indexes, actual.indexes, indexKey, describeIndex),
    ...compareKeyed("foreign key", expected.foreignKeys, actual.foreignKeys, foreignKeyKey, describeForeignKey),
  );

  const actualEnums = new Map(actual.enums.map((e) => [e.name, e.values]));
  for (const e of expected.enums) {
    const values = actualEnums.get(e.name);
    if (!values) problems.push(`enum ${e.name} is missing`);
    else if (values.join(",") !== e.values.join(","))
      problems.push(`enum ${e.name} has values (${values.join(", ")}), schema.prisma says (${e.values.join(", ")})`);
  }
  for (const e of actual.enums) {
    if (!expected.enums.some((x) => x.name === e.name)) problems.push(`enum ${e.name} is not in schema.prisma`);
  }
  return problems;
}

function compareColumns(table: string, expected: ColumnShape[], actual: ColumnShape[]): string[] {
  const problems: string[] = [];
  const byName = new Map(actual.map((c) => [c.name, c]));
  for (const want of expected) {
    const got = byName.get(want.name);
    const where = `${table}.${want.name}`;
    if (!got) {
      problems.push(`column ${where} is missing`);
      continue;
    }
    const wantType = want.type + (want.isArray ? "[]" : "");
    const gotType = got.type + (got.isArray ? "[]" : "");
    if (wantType !== gotType) problems.push(`column ${where} is ${gotType}, schema.prisma says ${wantType}`);
    if (want.nullable !== got.nullable)
      problems.push(
        `column ${where} is ${got.nullable ? "nullable" : "NOT NULL"}, schema.prisma says ${want.nullable ? "nullable" : "NOT NULL"}`,
      );
    if (want.hasDefault !== got.hasDefault)
      problems.push(
        `column ${where} ${got.hasDefault ? "has" : "has no"} database default, schema.prisma says ${want.hasDefault ? "it should" : "it should not"}`,
      );
  }
  for (const got of actual) {
    if (!expected.some((c) => c.name === got.name)) problems.push(`column ${table}.${got.name} is not in schema.prisma`);
  }
  return problems;
}

/** Matches by what the index or key does; a different name for the same thing is reported as a rename. */
function compareKeyed<T extends { name: string }>(
  kind: string,
  expected: T[],
  actual: T[],
  key: (x: T) => string,
  describe: (x: T) => string,
): string[] {
  const problems: string[] = [];
  const actualByKey = new Map(actual.map((x) => [key(x), x]));
  for (const want of expected) {
    const got = actualByKey.get(key(want));
    if (!got) problems.push(`${kind} ${describe(want)} is missing`);
    else if (got.name !== want.name) problems.push(`${kind} ${describe(want)} is named ${got.name}, Prisma expects ${want.name}`);
  }
  const expectedKeys = new Set(expected.map(key));
  for (const got of actual) {
    if (!expectedKeys.has(key(got))) problems.push(`${kind} ${describe(got)} is not in schema.prisma`);
  }
  return problems;
}

const indexKey = (i: IndexShape) =>
  `${i.table}(${i.columns.join(",")}) ${i.primary ? "pk" : i.unique ? "unique" : "plain"} ${i.method}`;
const describeIndex = (i: IndexShape) =>
  `${i.name}: ${i.primary ? "primary key" : i.unique ? "unique" : i.method} on ${i.table}(${i.columns.join(", ")})`;

const foreignKeyKey = (f: ForeignKeyShape) =>
  `${f.table}(${f.columns.join(",")})->${f.refTable}(${f.refColumns.join(",")}) del ${f.onDelete} upd ${f.onUpdate}`;
const describeForeignKey = (f: ForeignKeyShape) =>
  `${f.name}: ${f.table}(${f.columns.join(", ")}) -> ${f.refTable}(${f.refColumns.join(", ")}) ON DELETE ${f.onDelete} ON UPDATE ${f.onUpdate}`;
