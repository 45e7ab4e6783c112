import os from "node:os";
import path from "node:path";
import { inject } from "vitest";

// Runs in each test worker before the test file is imported, so src/lib/env.ts parses these values.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_MAX = String(inject("databasePoolMax"));
// TEST_PGBOUNCER=1 (tests/setup/pgbouncer.ts): DATABASE_URL is PgBouncer, DIRECT_URL the database.
const directUrl = inject("directUrl");
if (directUrl) {
  process.env.DIRECT_URL = directUrl;
  process.env.DATABASE_PGBOUNCER = "true";
}
// Uploads (CVs) made by tests go to the system's temporary folder (created on the first upload, keys are
// random), never the checkout's .data/uploads.
process.env.UPLOADS_DIR = path.join(os.tmpdir(), "backplane-test-uploads");
