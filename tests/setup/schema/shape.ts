// One description of a database schema, produced both from schema.prisma and from a live database,
// so the two can be compared field by field.

export type ColumnShape = {
  name: string;
  /** PostgreSQL type name, with length or precision where it matters: text, int4, bpchar(2), timestamp(3), an enum's name. */
  type: string;
  isArray: boolean;
  nullable: boolean;
  hasDefault: boolean;
};

export type TableShape = { name: string; columns: ColumnShape[] };

export type IndexShape = {
  table: string;
  name: string;
  /** Column names in order, with " DESC" on descending ones. */
  columns: string[];
  unique: boolean;
  primary: boolean;
  method: string;
};

export type ForeignKeyShape = {
  table: string;
  name: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  onDelete: string;
  onUpdate: string;
};

export type EnumShape = { name: string; values: string[] };

export type SchemaShape = {
  tables: TableShape[];
  indexes: IndexShape[];
  foreignKeys: ForeignKeyShape[];
  enums: EnumShape[];
};
