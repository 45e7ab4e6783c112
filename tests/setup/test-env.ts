import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";

// Runs in each test worker before the test file is imported, so src/lib/env.ts parses these values.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_MAX = String(inject("databasePoolMax"));
// Uploads (CVs) made by tests go to a temporary folder, never the checkout's .data/uploads.
process.env.UPLOADS_DIR = mkdtempSync(path.join(os.tmpdir(), "backplane-test-uploads-"));
