import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ConflictError } from "@/lib/errors";
import { defineAction, definePublicAction, executeAction, formDataToObject } from "@/server/action";
import type { Actor } from "@/server/auth/session";
import { runWithRequestId } from "@/server/runtime/request-context";

/** Runs `work`, returning the JSON log lines it wrote to stdout (the logger's destination) and its result. */
async function captureLogLines<T>(work: () => Promise<T>): Promise<{ lines: Record<string, unknown>[]; result: T }> {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    const result = await work();
    const lines = written.join("").split("\n").filter(Boolean);
    return { lines: lines.map((line) => JSON.parse(line) as Record<string, unknown>), result };
  } finally {
    spy.mockRestore();
  }
}

const employer: Actor = { id: "u1", email: "e@example.test", name: "E", role: "EMPLOYER", companyId: "c1" };
const calls: unknown[] = [];
const definition = defineAction({
  roles: ["EMPLOYER"],
  schema: z.object({ amount: z.coerce.number().int().positive("Must be positive."), password: z.string().optional() }),
  run: async (input) => {
    calls.push(input);
    if (input.amount === 409) throw new ConflictError("Already done.");
    if (input.amount === 500) throw new Error("database exploded");
    return input.amount * 2;
  },
  after: (result) => ({ redirectTo: `/done/${result}` }),
});

describe("executeAction", () => {
  it("runs valid input for an allowed role and reports where to go next", async () => {
    const outcome = await executeAction(definition, employer, { amount: "21" });
    expect(outcome).toMatchObject({ ok: true, result: 42, redirectTo: "/done/42" });
  });

  it("refuses anonymous callers and other roles before running anything", async () => {
    calls.length = 0;
    expect(await executeAction(definition, null, { amount: "1" })).toMatchObject({
      ok: false,
      state: { message: "Please sign in to continue." },
    });
    expect(await executeAction(definition, { ...employer, role: "CANDIDATE" }, { amount: "1" })).toMatchObject({ ok: false });
    expect(calls).toEqual([]);
  });

  it("returns field errors and echoes input, but never the password", async () => {
    const form = new FormData();
    form.set("amount", "-3");
    form.set("password", "secret");
    const outcome = await executeAction(definition, employer, form);
    expect(outcome.state).toEqual({
      status: "error",
      message: "Please correct the highlighted fields.",
      fieldErrors: { amount: ["Must be positive."] },
      values: { amount: "-3" },
    });
  });

  it("shows expected errors and hides unexpected ones behind a reference, logged as one JSON line", async () => {
    expect(await executeAction(definition, employer, { amount: "409" })).toMatchObject({ state: { message: "Already done." } });
    const { lines, result: outcome } = await captureLogLines(() => executeAction(definition, employer, { amount: "500" }));
    const reference = /\(reference ([0-9a-f-]{36})\)/.exec(JSON.stringify(outcome.state))?.[1];
    expect(outcome.state).toMatchObject({ status: "error", message: expect.stringMatching(/^Something went wrong on our side/) });
    expect(JSON.stringify(outcome.state)).not.toContain("exploded");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "error", msg: "Server action failed", requestId: reference });
    expect(lines[0]).toMatchObject({ err: { message: "database exploded" } });
  });

  it("inside a request, the reference and the log line carry that request's id", async () => {
    const { lines, result: outcome } = await captureLogLines(() =>
      runWithRequestId("edge-7f3a.0042", () => executeAction(definition, employer, { amount: "500" })),
    );
    expect(outcome.state).toMatchObject({
      message: "Something went wrong on our side (reference edge-7f3a.0042). Please try again.",
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "error", requestId: "edge-7f3a.0042", err: { message: "database exploded" } });
    // The id appears once, not twice (the logger adds it from the request; the action must not repeat it).
    expect(JSON.stringify(lines[0]).match(/edge-7f3a\.0042/g)).toHaveLength(1);
  });

  it("public definitions run without an actor", async () => {
    const open = definePublicAction({
      roles: "public",
      schema: z.object({ q: z.string() }),
      run: async (input, actor) => `${input.q}:${actor === null}`,
    });
    expect(await executeAction(open, null, { q: "x" })).toMatchObject({ ok: true, result: "x:true" });
  });
});

describe("formDataToObject", () => {
  it("turns repeated keys into arrays and drops Next's internal fields", () => {
    const form = new FormData();
    form.append("skills", "go");
    form.append("skills", "kafka");
    form.append("title", "Architect");
    form.append("$ACTION_ID_abc", "");
    expect(formDataToObject(form)).toEqual({ skills: ["go", "kafka"], title: "Architect" });
  });
});
