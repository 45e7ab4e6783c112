// Adds up the runners' JSON reports and prints the closing line CI reads: "N passed, N failed, N skipped".
// Arguments: folders holding vitest.json and playwright.json (default: test-results). Exits non-zero when
// anything failed, when a folder lacks a report, or when no test ran at all.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const totals = { passed: 0, failed: 0, skipped: 0 };
const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["test-results"];

function add(passed, failed, skipped) {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
}

for (const folder of folders) {
  const vitest = path.join(folder, "vitest.json");
  if (existsSync(vitest)) {
    const r = JSON.parse(readFileSync(vitest, "utf8"));
    // A file that fails outside any test (a hook, an import) fails no test; count it as one failure.
    const brokenFiles = (r.testResults ?? []).filter(
      (file) => file.status === "failed" && !(file.assertionResults ?? []).some((a) => a.status === "failed"),
    ).length;
    add(r.numPassedTests ?? 0, (r.numFailedTests ?? 0) + brokenFiles, (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0));
  } else {
    console.log(`(no ${vitest}: unit and integration tests did not run)`);
    add(0, 1, 0);
  }

  const playwright = path.join(folder, "playwright.json");
  if (existsSync(playwright)) {
    const s = JSON.parse(readFileSync(playwright, "utf8")).stats ?? {};
    add(s.expected ?? 0, (s.unexpected ?? 0) + (s.flaky ?? 0), s.skipped ?? 0);
  } else {
    console.log(`(no ${playwright}: end-to-end tests did not run)`);
    add(0, 1, 0);
  }
}

console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
