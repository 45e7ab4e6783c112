/**
 * TEST_DATABASE_URL names a PostgreSQL server the tests may create databases on
 * (e.g. postgresql://postgres@127.0.0.1:5432/postgres). Unset: tests run on an embedded PGlite.
 * Test tooling, so it is read here rather than in src/lib/env.ts, which describes the app.
 */
export function readTestServerUrl(): string | undefined {
  const value = process.env.TEST_DATABASE_URL?.trim();
  if (!value) return undefined;
  let protocol: string;
  try {
    protocol = new URL(value).protocol;
  } catch {
    protocol = "";
  }
  if (protocol !== "postgres:" && protocol !== "postgresql:") {
    throw new Error(`TEST_DATABASE_URL: must be a postgres:// or postgresql:// URL (got "${value}").`);
  }
  return value;
}
