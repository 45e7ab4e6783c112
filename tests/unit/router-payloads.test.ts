import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keepRouterPayloadsOutOfBrowserCache } from "../../server/router-payloads.mjs";

// A real HTTP server whose handler sets caching headers the way Next does for a page in its full-route cache.
let server: http.Server;
let origin: string;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    keepRouterPayloadsOutOfBrowserCache(request, response);
    response.setHeader("Cache-Control", "s-maxage=300, stale-while-revalidate=31535700");
    response.setHeader("Content-Type", "text/x-component");
    response.end("payload");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("keepRouterPayloadsOutOfBrowserCache (npm start's edge)", () => {
  it("an RSC request's answer may not be stored, even when the app marks it shared-cacheable afterwards", async () => {
    const response = await fetch(`${origin}/?_rsc=abc`, { headers: { RSC: "1", "Next-Router-Prefetch": "1" } });
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-type")).toBe("text/x-component");
    expect(await response.text()).toBe("payload");
  });

  it("an HTML request keeps the app's caching headers", async () => {
    const response = await fetch(`${origin}/`);
    expect(response.headers.get("cache-control")).toBe("s-maxage=300, stale-while-revalidate=31535700");
  });
});
