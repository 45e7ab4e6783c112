// @ts-check
// `npm test`'s audit step: `npm audit --omit=dev --audit-level=high` on the packages production runs.
// Fails on any known high or critical advisory. When the advisory database cannot be reached (these
// machines reach the registry's package pages but not its audit endpoint, which answers 405), it says so
// plainly and passes, unless AUDIT_REQUIRED=true, where an unchecked audit fails too.
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";

/**
 * @param {unknown} report npm audit's --json output
 * @returns {{ status: "clean" | "vulnerable" | "unavailable", message: string }}
 */
export function auditVerdict(report) {
  const data =
    /** @type {{ metadata?: { vulnerabilities?: Record<string, number> }, vulnerabilities?: Record<string, { severity: string, name: string }>, message?: string }} */ (
      report ?? {}
    );
  const counts = data.metadata?.vulnerabilities;
  if (!counts) return { status: "unavailable", message: data.message ?? "npm audit returned no report" };
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  if (serious === 0) return { status: "clean", message: `no high or critical advisories (${counts.total ?? 0} lower)` };
  const names = Object.values(data.vulnerabilities ?? {})
    .filter((v) => v.severity === "high" || v.severity === "critical")
    .map((v) => `${v.name} (${v.severity})`);
  return { status: "vulnerable", message: `${serious} high or critical: ${names.join(", ")}` };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const run = spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high", "--json"], { encoding: "utf8", timeout: 120_000 });
  let report;
  try {
    report = JSON.parse(run.stdout || "{}");
  } catch {
    report = { message: (run.stderr || run.stdout || "no output").trim().split("\n")[0] };
  }
  const verdict = auditVerdict(report);
  console.log(`npm audit: ${verdict.message}`);
  if (verdict.status === "vulnerable") process.exit(1);
  if (verdict.status === "unavailable") {
    console.log("npm audit: the advisory database could not be reached, so production dependencies were NOT checked.");
    if (process.env.AUDIT_REQUIRED === "true") process.exit(1);
  }
}
