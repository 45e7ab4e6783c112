import { inject } from "vitest";

// Runs in each test worker before the test file is imported, so src/lib/env.ts parses these values.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_MAX = String(inject("databasePoolMax"));
