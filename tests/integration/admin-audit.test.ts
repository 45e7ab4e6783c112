import { beforeEach, describe, expect, it } from "vitest";
import { auditTrailPath, parseAuditFilters } from "@/lib/audit-filters";
import { csvField } from "@/lib/csv";
import { auditCsvResponse } from "@/server/audit/csv-export";
import { listAuditActions, listAuditEntries } from "@/server/audit/query";
import { db } from "@/server/db";
import { resetDatabase } from "../setup/db";
import { createAdmin, createCandidate, createEmployer } from "../setup/factories";

// The audit log on screen (issue 12): filters by actor, action, target and dates, paged by id, exported
// as CSV that a spreadsheet cannot run; admins only; bad filter input is a message, never an error.

beforeEach(resetDatabase);

type Row = { actorEmail: string; action: string; targetType: string; targetId: string; createdAt: string; reason?: string };

async function seed(rows: Row[]) {
  for (const row of rows) {
    await db.auditLog.create({ data: { ...row, createdAt: new Date(row.createdAt) } });
  }
}

const ROWS: Row[] = [
  {
    actorEmail: "ada@example.test",
    action: "listing.approve",
    targetType: "Listing",
    targetId: "l1",
    createdAt: "2026-11-01T10:00:00Z",
  },
  {
    actorEmail: "ada@example.test",
    action: "listing.reject",
    targetType: "Listing",
    targetId: "l2",
    createdAt: "2026-11-02T10:00:00Z",
  },
  {
    actorEmail: "bob@example.test",
    action: "company.suspend",
    targetType: "Company",
    targetId: "c1",
    createdAt: "2026-11-03T23:59:00Z",
  },
  {
    actorEmail: "bob@example.test",
    action: "listing.approve",
    targetType: "Listing",
    targetId: "l1",
    createdAt: "2026-11-04T00:00:00Z",
  },
  {
    actorEmail: "system@backplane",
    action: "listing.expire",
    targetType: "Listing",
    targetId: "l3",
    createdAt: "2026-11-05T00:00:00Z",
  },
];

async function ids(query: Record<string, string>) {
  const admin = await createAdmin();
  const { filters, errors } = parseAuditFilters(query);
  expect(errors).toEqual([]);
  const { rows } = await listAuditEntries(admin.actor, filters);
  return rows.map((r) => `${r.action} ${r.targetId}`);
}

describe("audit filters", () => {
  it("filter by actor, exact action, action family, target and date range (inclusive days, UTC)", async () => {
    await seed(ROWS);

    expect(await ids({ actor: "ADA@example.test" })).toEqual(["listing.reject l2", "listing.approve l1"]);
    expect(await ids({ actor: "bob" })).toEqual(["listing.approve l1", "company.suspend c1"]);
    expect(await ids({ action: "listing.approve" })).toEqual(["listing.approve l1", "listing.approve l1"]);
    expect(await ids({ action: "company" })).toEqual(["company.suspend c1"]);
    expect(await ids({ targetType: "Listing", targetId: "l1" })).toEqual(["listing.approve l1", "listing.approve l1"]);
    expect(await ids({ from: "2026-11-02", to: "2026-11-03" })).toEqual(["company.suspend c1", "listing.reject l2"]);
    expect(await ids({ from: "2026-11-04" })).toEqual(["listing.expire l3", "listing.approve l1"]);
    expect(await ids({ actor: "bob", action: "listing", to: "2026-11-04" })).toEqual(["listing.approve l1"]);
  });

  it("pages newest first by id, without repeats or gaps", async () => {
    const admin = await createAdmin();
    await seed(ROWS);
    const seen: string[] = [];
    let before: string | undefined;
    for (;;) {
      const { filters } = parseAuditFilters(before ? { before } : {});
      const page = await listAuditEntries(admin.actor, filters, 2);
      seen.push(...page.rows.map((r) => `${r.action} ${r.targetId}`));
      if (!page.nextBefore) break;
      before = page.nextBefore;
    }
    expect(seen).toEqual([
      "listing.expire l3",
      "listing.approve l1",
      "company.suspend c1",
      "listing.reject l2",
      "listing.approve l1",
    ]);
  });

  it("names bad input and leaves it out instead of failing", () => {
    const { filters, errors, values } = parseAuditFilters({
      actor: "ada@example.test",
      action: "DROP TABLE",
      targetType: "Listing'; --",
      targetId: "x".repeat(65),
      from: "2026-13-45",
      to: "yesterday",
      before: "-1",
    });
    expect(filters).toEqual({
      actor: "ada@example.test",
      action: undefined,
      targetType: undefined,
      targetId: undefined,
      from: undefined,
      toExclusive: undefined,
      before: undefined,
    });
    expect(errors.map((e) => e.field)).toEqual(["action", "targetType", "targetId", "from", "to", "before"]);
    expect(errors.every((e) => e.message.length > 10)).toBe(true);
    expect(values.from).toBe("2026-13-45");
  });

  it("refuses an end before the start with a message, keeping the start", () => {
    const { filters, errors } = parseAuditFilters({ from: "2026-11-05", to: "2026-11-01" });
    expect(filters.from).toEqual(new Date("2026-11-05T00:00:00Z"));
    expect(filters.toExclusive).toBeUndefined();
    expect(errors).toEqual([{ field: "to", message: expect.stringContaining("before the start") }]);
  });

  it("a repeated parameter uses its first value", () => {
    expect(parseAuditFilters({ action: ["listing.approve", "listing.reject"] }).filters.action).toBe("listing.approve");
  });

  it("offers every recorded action once, in order, as a filter choice", async () => {
    const admin = await createAdmin();
    await seed(ROWS);
    expect(await listAuditActions(admin.actor)).toEqual([
      "company.suspend",
      "listing.approve",
      "listing.expire",
      "listing.reject",
    ]);
  });

  it("links each record's admin page to its own trail", () => {
    expect(auditTrailPath("Company", "c1")).toBe("/admin/audit?targetType=Company&targetId=c1");
  });

  it("is refused to candidates and employers", async () => {
    await seed(ROWS);
    const { filters } = parseAuditFilters({});
    await expect(listAuditEntries((await createCandidate()).actor, filters)).rejects.toThrow("not allowed");
    await expect(listAuditEntries((await createEmployer()).actor, filters)).rejects.toThrow("not allowed");
    await expect(listAuditActions((await createCandidate()).actor)).rejects.toThrow("not allowed");
  });
});

describe("the CSV export", () => {
  it("exports the filtered entries per RFC 4180, with formula cells neutralised", async () => {
    const admin = await createAdmin();
    await seed([
      ...ROWS,
      {
        actorEmail: "=cmd|' /C calc'!A0@example.test",
        action: "listing.reject",
        targetType: "Listing",
        targetId: "l9",
        createdAt: "2026-11-06T00:00:00Z",
        reason: '+1 said "no", then\r\n-2 said @yes',
      },
    ]);

    const response = await auditCsvResponse(admin.actor, new URLSearchParams("action=listing.reject"));

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="backplane-audit-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const text = await response.text();
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("id,time,actor_id,actor_email,action,target_type,target_id,reason,metadata");
    expect(text).toContain(
      `,'=cmd|' /C calc'!A0@example.test,listing.reject,Listing,l9,"'+1 said ""no"", then\r\n-2 said @yes",`,
    );
    expect(text).toContain(",ada@example.test,listing.reject,Listing,l2,,");
    expect(text).not.toContain("listing.approve");
    expect(text.endsWith("\r\n")).toBe(true);
  });

  it("answers 404 to anyone but an admin", async () => {
    await seed(ROWS);
    for (const actor of [null, (await createCandidate()).actor, (await createEmployer()).actor]) {
      const response = await auditCsvResponse(actor, new URLSearchParams());
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("listing");
    }
  });

  it("neutralises every formula lead and quotes only when needed", () => {
    expect(["=1", "+1", "-1", "@a", "\tx", "plain", "a,b", 'say "hi"', null, 7].map(csvField)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@a",
      "'\tx",
      "plain",
      '"a,b"',
      '"say ""hi"""',
      "",
      "7",
    ]);
  });
});
