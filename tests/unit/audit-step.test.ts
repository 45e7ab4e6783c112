import { describe, expect, it } from "vitest";
import { auditVerdict } from "../../scripts/audit.mjs";

// The audit step of `npm test` (scripts/audit.mjs) reads npm audit's JSON report.
describe("auditVerdict", () => {
  it("fails on a high or critical advisory, naming the packages", () => {
    const report = {
      vulnerabilities: { next: { name: "next", severity: "critical" }, debug: { name: "debug", severity: "low" } },
      metadata: { vulnerabilities: { info: 0, low: 1, moderate: 0, high: 0, critical: 1, total: 2 } },
    };
    expect(auditVerdict(report)).toEqual({ status: "vulnerable", message: "1 high or critical: next (critical)" });
  });

  it("passes when only lower advisories remain", () => {
    const report = {
      vulnerabilities: {},
      metadata: { vulnerabilities: { low: 2, moderate: 1, high: 0, critical: 0, total: 3 } },
    };
    expect(auditVerdict(report).status).toBe("clean");
  });

  it("says when the advisory database could not be reached", () => {
    const report = {
      message: "405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
    };
    expect(auditVerdict(report)).toMatchObject({ status: "unavailable", message: expect.stringContaining("405") });
  });
});
