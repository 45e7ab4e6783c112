import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import type { ForeignKeyShape, IndexShape, SchemaShape, TableShape } from "./shape";

// What PostgreSQL should hold according to prisma/schema.prisma, derived from Prisma's own DMMF
// (the parser the CLI and generator use, from @prisma/prisma-schema-wasm) and Prisma's PostgreSQL conventions.

type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  isList: boolean;
  isRequired: boolean;
  type: string;
  nativeType?: [string, string[]] | null;
  hasDefaultValue: boolean;
  default?: unknown;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
};
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
type DmmfIndex = {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  algorithm?: string;
  fields: { name: string; sortOrder?: "asc" | "desc" }[];
};
type DmmfEnum = { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] };
type Dmmf = { datamodel: { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] } };

const SCHEMA_PATH = fileURLToPath(new URL("../../../prisma/schema.prisma", import.meta.url));

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "int4",
  BigInt: "int8",
  Float: "float8",
  Decimal: "numeric",
  Boolean: "bool",
  DateTime: "timestamp",
  Json: "jsonb",
  Bytes: "bytea",
};
const NATIVE_TYPES: Record<string, string> = {
  Text: "text",
  Char: "bpchar",
  VarChar: "varchar",
  Uuid: "uuid",
  Citext: "citext",
  Xml: "xml",
  Inet: "inet",
  SmallInt: "int2",
  Integer: "int4",
  BigInt: "int8",
  Oid: "oid",
  Real: "float4",
  DoublePrecision: "float8",
  Decimal: "numeric",
  Money: "money",
  Boolean: "bool",
  Bit: "bit",
  VarBit: "varbit",
  ByteA: "bytea",
  Timestamp: "timestamp",
  Timestamptz: "timestamptz",
  Date: "date",
  Time: "time",
  Timetz: "timetz",
  Json: "json",
  JsonB: "jsonb",
};
const REFERENTIAL_ACTIONS: Record<string, string> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetNull: "SET NULL",
  SetDefault: "SET DEFAULT",
};
// Prisma fills these in on the client; every other default lives in the database.
const CLIENT_SIDE_DEFAULTS = new Set(["cuid", "uuid", "nanoid", "ulid"]);

export function loadDatamodel(schemaPath: string = SCHEMA_PATH): Dmmf["datamodel"] {
  const prismaSchema = readFileSync(schemaPath, "utf8");
  const datamodel = (JSON.parse(get_dmmf(JSON.stringify({ prismaSchema }))) as Dmmf).datamodel;
  // The DMMF leaves out Unsupported("...") fields; read them from the schema text so their columns and
  // indexes are compared too.
  for (const model of datamodel.models) model.fields.push(...unsupportedFields(prismaSchema, model.name));
  return datamodel;
}

function unsupportedFields(schema: string, model: string): DmmfField[] {
  const body = new RegExp(`^model ${model} \\{([\\s\\S]*?)^\\}`, "m").exec(schema)?.[1] ?? "";
  // e.g. `searchVector Unsupported("tsvector")?` or `skillIds Unsupported("text[]") @default(dbgenerated(...))`
  return [...body.matchAll(/^\s+(\w+)\s+Unsupported\("(\w+)(\[\])?"\)(\?)?(.*)$/gm)].map((m) => ({
    name: m[1]!,
    kind: "unsupported",
    isList: m[3] === "[]",
    isRequired: m[4] !== "?",
    type: m[2]!,
    hasDefaultValue: m[5]!.includes("@default("),
  }));
}

export function expectedSchema(datamodel: Dmmf["datamodel"] = loadDatamodel()): SchemaShape {
  const enumDbName = new Map(datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));
  const models = new Map(datamodel.models.map((m) => [m.name, m]));
  const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
  const columnOf = (model: DmmfModel, field: string) => {
    const f = model.fields.find((x) => x.name === field);
    if (!f) throw new Error(`DMMF: ${model.name} has no field ${field}`);
    return f.dbName ?? f.name;
  };

  const tables: TableShape[] = datamodel.models.map((model) => ({
    name: tableOf(model),
    columns: model.fields
      .filter((f) => f.kind === "scalar" || f.kind === "enum" || f.kind === "unsupported")
      .map((f) => ({
        name: f.dbName ?? f.name,
        type: f.kind === "enum" ? enumDbName.get(f.type)! : f.kind === "unsupported" ? f.type : columnType(model.name, f),
        isArray: f.isList,
        // Prisma creates list columns without NOT NULL; an Unsupported list is as its migration writes it.
        nullable: (f.isList && f.kind !== "unsupported") || !f.isRequired,
        hasDefault: f.hasDefaultValue && !isClientSideDefault(f.default),
      })),
  }));

  const indexes: IndexShape[] = datamodel.indexes.map((index) => {
    const model = models.get(index.model)!;
    const table = tableOf(model);
    const columns = index.fields.map((f) => columnOf(model, f.name));
    const suffix = { id: "pkey", unique: "key", normal: "idx", fulltext: "idx" }[index.type];
    return {
      table,
      name: index.dbName ?? constraintName(index.type === "id" ? [table] : [table, ...columns], suffix),
      columns: index.fields.map((f, i) => columns[i] + (f.sortOrder === "desc" ? " DESC" : "")),
      unique: index.type !== "normal",
      primary: index.type === "id",
      method: (index.algorithm ?? "BTree").toLowerCase(),
    };
  });

  const foreignKeys: ForeignKeyShape[] = datamodel.models.flatMap((model) =>
    model.fields
      .filter((f) => f.kind === "object" && (f.relationFromFields?.length ?? 0) > 0)
      .map((f) => {
        const target = models.get(f.type)!;
        const columns = f.relationFromFields!.map((name) => columnOf(model, name));
        return {
          table: tableOf(model),
          name: constraintName([tableOf(model), ...columns], "fkey"),
          columns,
          refTable: tableOf(target),
          refColumns: f.relationToFields!.map((name) => columnOf(target, name)),
          // Prisma's defaults: Restrict for a required relation, SetNull for an optional one; updates cascade.
          onDelete: REFERENTIAL_ACTIONS[f.relationOnDelete ?? (f.isRequired ? "Restrict" : "SetNull")]!,
          onUpdate: REFERENTIAL_ACTIONS[f.relationOnUpdate ?? "Cascade"]!,
        };
      }),
  );

  const enums = datamodel.enums.map((e) => ({ name: e.dbName ?? e.name, values: e.values.map((v) => v.dbName ?? v.name) }));
  return { tables, indexes, foreignKeys, enums };
}

function columnType(model: string, field: DmmfField): string {
  const native = field.nativeType;
  const base = native ? NATIVE_TYPES[native[0]] : SCALAR_TYPES[field.type];
  if (!base)
    throw new Error(`${model}.${field.name}: no PostgreSQL type known for ${native?.[0] ?? field.type}; extend the table`);
  const length = native?.[1][0];
  // DateTime is TIMESTAMP(3) unless a native type says otherwise.
  if (base === "timestamp" || base === "timestamptz") return `${base}(${length ?? (native ? 6 : 3)})`;
  return length && (base === "bpchar" || base === "varchar") ? `${base}(${length})` : base;
}

function isClientSideDefault(value: unknown): boolean {
  return typeof value === "object" && value !== null && "name" in value && CLIENT_SIDE_DEFAULTS.has(String(value.name));
}

// PostgreSQL cuts identifiers at 63 bytes; Prisma's generated names are cut the same way.
function constraintName(parts: string[], suffix: string): string {
  return `${parts.join("_")}_${suffix}`.slice(0, 63);
}
