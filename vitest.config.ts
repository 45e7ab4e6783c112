import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${here("./src")}/` },
      // The real package throws outside a React Server Component build; tests import server modules directly.
      { find: /^server-only$/, replacement: here("./tests/setup/server-only.ts") },
    ],
  },
  test: {
    environment: "node",
    include: ["tests/unit/**/*.test.{ts,tsx}", "tests/integration/**/*.test.{ts,tsx}"],
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/test-env.ts", "tests/setup/smtp.ts", "tests/setup/console-errors.ts"],
    // Every file shares one database (and the embedded one serves one connection), so files run one at a time.
    fileParallelism: false,
    // The embedded database is a few times slower than a real server.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The CI script totals the run from the JSON report.
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
  },
});
