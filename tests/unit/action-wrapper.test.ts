import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ConflictError } from "@/lib/errors";
import { defineAction, definePublicAction, executeAction, formDataToObject } from "@/server/action";
import type { Actor } from "@/server/auth/session";

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

  it("shows expected errors and hides unexpected ones behind a reference", async () => {
    expect(await executeAction(definition, employer, { amount: "409" })).toMatchObject({ state: { message: "Already done." } });
    const original = console.error;
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const outcome = await executeAction(definition, employer, { amount: "500" });
      expect(outcome.state).toMatchObject({
        status: "error",
        message: expect.stringMatching(/^Something went wrong on our side \(reference [0-9a-f]{8}\)/),
      });
      expect(JSON.stringify(outcome.state)).not.toContain("exploded");
      expect(logged).toHaveLength(1);
    } finally {
      console.error = original;
    }
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
