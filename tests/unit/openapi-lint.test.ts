import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { openApiDocument } from "@/server/api/openapi";

// The public API's OpenAPI document as a real validator reads it: `redocly lint` with its recommended
// rules (redocly.yaml says which rule is off and why). Any error or warning fails.

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "backplane-openapi-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type LintReport = { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string }[] };

async function lint(document: object, name: string): Promise<LintReport> {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(document, null, 2));
  // Exits non-zero on errors; the JSON report on stdout is read either way.
  const { stdout } = await run("node_modules/.bin/redocly", ["lint", file, "--config", "redocly.yaml", "--format", "json"], {
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }));
  return JSON.parse(stdout) as LintReport;
}

describe("the OpenAPI document", () => {
  it("passes redocly lint's recommended rules without errors or warnings", async () => {
    const report = await lint(openApiDocument(), "openapi");
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);

  it("is linted for real: a document without operation ids or 4xx answers is refused", async () => {
    const broken = structuredClone(openApiDocument()) as {
      paths: Record<string, { get: { operationId?: string; responses: Record<string, unknown> } }>;
    };
    for (const path of Object.values(broken.paths)) {
      delete path.get.operationId;
      for (const status of Object.keys(path.get.responses)) if (status.startsWith("4")) delete path.get.responses[status];
    }
    const rules = new Set((await lint(broken, "broken")).problems.map((p) => p.ruleId));
    expect(rules).toContain("operation-operationId");
    expect(rules).toContain("operation-4xx-response");
  }, 60_000);
});
