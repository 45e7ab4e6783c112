import pg from "pg";
import { env } from "@/lib/env";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareSchemas } from "../setup/schema/compare";
import { readDatabaseSchema } from "../setup/schema/database-catalog";
import { expectedSchema, loadDatamodel } from "../setup/schema/prisma-datamodel";

// The migrations are hand-applied SQL (docs/decisions/001-migration-runner.md), so nothing else
// guarantees they build what schema.prisma — and so the generated client — believes is there.

const datamodel = loadDatamodel();
const expected = expectedSchema(datamodel);
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
});

describe("the migrated database", () => {
  it("has exactly the tables, columns, keys, indexes and enums of schema.prisma", async () => {
    const actual = await readDatabaseSchema(client);
    expect(compareSchemas(expected, actual)).toEqual([]);
  });

  it("is compared against every model, index and enum of schema.prisma", () => {
    // Guards against a vacuous pass, e.g. a DMMF read that silently yields nothing.
    expect(expected.tables.map((t) => t.name).sort()).toEqual(datamodel.models.map((m) => m.dbName ?? m.name).sort());
    expect(expected.tables.length).toBeGreaterThanOrEqual(25);
    expect(expected.indexes.filter((i) => i.unique && !i.primary).length).toBeGreaterThan(10);
    expect(expected.indexes.filter((i) => !i.unique).length).toBeGreaterThan(20);
    expect(expected.foreignKeys.length).toBeGreaterThan(20);
    expect(expected.enums.length).toBe(datamodel.enums.length);
  });
});

describe("the comparison", () => {
  it("reports a missing column, index, unique, foreign key and a drifted type, nullability and enum", async () => {
    // Break the schema inside a transaction that is rolled back, so the shared database is untouched;
    // each change works whatever rows earlier test files left behind.
    await client.query("BEGIN");
    try {
      await client.query(`
        ALTER TABLE "Report" DROP COLUMN "details";
        DROP INDEX "Listing_status_expiresAt_idx";
        DROP INDEX "Application_listingId_candidateId_key";
        ALTER TABLE "Listing" DROP CONSTRAINT "Listing_companyId_fkey";
        ALTER TABLE "Company" ALTER COLUMN "name" DROP NOT NULL;
        ALTER TABLE "Document" ALTER COLUMN "byteSize" TYPE BIGINT;
        ALTER TYPE "ReportStatus" ADD VALUE 'ESCALATED';
        CREATE INDEX "Listing_title_idx" ON "Listing" ("title");
      `);
      const problems = await readDatabaseSchema(client).then((actual) => compareSchemas(expected, actual));
      expect(problems).toEqual(
        expect.arrayContaining([
          "column Report.details is missing",
          expect.stringMatching(/^index Listing_status_expiresAt_idx: .* is missing$/),
          expect.stringMatching(/^index Application_listingId_candidateId_key: unique .* is missing$/),
          expect.stringMatching(/^foreign key Listing_companyId_fkey: .* is missing$/),
          "column Company.name is nullable, schema.prisma says NOT NULL",
          "column Document.byteSize is int8, schema.prisma says int4",
          expect.stringMatching(/^enum ReportStatus has values \(.*ESCALATED\)/),
          expect.stringMatching(/^index Listing_title_idx: .* is not in schema.prisma$/),
        ]),
      );
      expect(problems).toHaveLength(8);
    } finally {
      await client.query("ROLLBACK");
    }
  });
});
