import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The rate-limit functions are async (their counts may live in Redis): a call that is not awaited enforces
// nothing, and its refusal becomes an unhandled rejection. TypeScript does not object to an unused promise
// and the lint is not type-aware, so this reads every caller in src/.

const FUNCTIONS = ["consumeRateLimit", "assertNotBackedOff", "recordFailure", "clearFailures", "rateLimited"];
const DEFINED_IN = new Set(["src/server/auth/rate-limit.ts", "src/server/api/http.ts"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("rate-limit callers", () => {
  it("await every call", () => {
    const calls = new RegExp(`(^|[^\\w.])(${FUNCTIONS.join("|")})\\(`, "g");
    const unawaited: string[] = [];
    let seen = 0;
    for (const file of sourceFiles("src")) {
      const lines = readFileSync(file, "utf8").split("\n");
      lines.forEach((line, index) => {
        if (/^\s*(import|export (async )?function)\b/.test(line)) return;
        for (const match of line.matchAll(calls)) {
          if (DEFINED_IN.has(file) && /^\s*(export )?(async )?function\b/.test(line)) continue;
          seen += 1;
          const before = line.slice(0, match.index + match[1]!.length);
          if (!/\bawait\s*$/.test(before)) unawaited.push(`${file}:${index + 1}: ${line.trim()}`);
        }
      });
    }
    // The scan finds the known callers (sign-up, posting, applying, sign-in, the public API, …).
    expect(seen).toBeGreaterThan(8);
    expect(unawaited).toEqual([]);
  });
});
