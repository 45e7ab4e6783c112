import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { requestIdFrom, serveWithRequestId } from "../../server/request-context.mjs";
import { currentRequestId, outsideRequest, runWithRequestId } from "@/server/runtime/request-context";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("requestIdFrom", () => {
  it("keeps a proxy's or a service's id made of safe characters", () => {
    for (const id of ["abc", "7f3a9c1e-0b2d-4e5f-8a6b-1c2d3e4f5a6b", "edge:fra1.00042_x", "a".repeat(128)]) {
      expect(requestIdFrom(id)).toBe(id);
    }
  });

  it("replaces a missing, empty, too long, repeated or unsafe id with a new UUID", () => {
    const refused: Array<string | string[] | undefined> = [
      undefined,
      "",
      "a".repeat(129),
      ["a", "b"],
      "a, b",
      "has space",
      "line\nbreak",
      'quote"d',
      "<script>",
      "ümlaut",
      "a/b",
    ];
    for (const header of refused) expect(requestIdFrom(header)).toMatch(UUID);
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });
});

describe("serveWithRequestId", () => {
  async function get(headers: Record<string, string>) {
    let seenByApp: { header?: string; context?: string } = {};
    const server = http.createServer((request, response) =>
      serveWithRequestId(request, response, () => {
        // Asynchronous work later in the request still sees the id, as the app's code does.
        setTimeout(() => {
          seenByApp = { header: request.headers["x-request-id"] as string, context: currentRequestId() };
          response.end("ok");
        }, 5);
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`, { headers });
      await response.text();
      return { answered: response.headers.get("x-request-id"), seenByApp };
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }

  it("answers with the valid id it was given, which the app's code sees in its context and headers", async () => {
    const { answered, seenByApp } = await get({ "x-request-id": "lb-1234" });
    expect(answered).toBe("lb-1234");
    expect(seenByApp).toEqual({ header: "lb-1234", context: "lb-1234" });
  });

  it("answers with a new id (and gives the app that one) when the given one is unsafe", async () => {
    const { answered, seenByApp } = await get({ "x-request-id": "x".repeat(200) });
    expect(answered).toMatch(UUID);
    expect(seenByApp).toEqual({ header: answered, context: answered });
  });
});

describe("outsideRequest", () => {
  it("runs work, and what it schedules, without the surrounding request's id", async () => {
    const seen = await runWithRequestId("req-1", () =>
      outsideRequest(() => new Promise<string | undefined>((resolve) => setTimeout(() => resolve(currentRequestId()), 1))),
    );
    expect(seen).toBeUndefined();
    expect(runWithRequestId("req-2", () => currentRequestId())).toBe("req-2");
  });
});
