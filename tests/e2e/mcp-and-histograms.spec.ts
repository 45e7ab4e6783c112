import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { expect, test } from "@playwright/test";

// Issue 14 against `npm start` on the demo data: the MCP server through the real proxy (a POST from a
// foreign origin is let through, with the security headers and no cookie), and the histograms on
// /salaries read without JavaScript on a phone.

const site = () => test.info().project.use.baseURL!;

test("an MCP client on another site uses every tool through the proxy", async () => {
  // Status and headers only: a cloned response whose copy is never read stalls the original's body.
  const seen: { method: string; status: number; headers: Headers }[] = [];
  const client = new Client({ name: "e2e", version: "1.0.0" });
  await client.connect(
    new StreamableHTTPClientTransport(new URL("/api/mcp", site()), {
      requestInit: { headers: { origin: "https://assistant.example" } },
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        seen.push({ method: init?.method ?? "GET", status: response.status, headers: response.headers });
        return response;
      },
    }),
  );
  const search = await client.callTool({ name: "search_jobs", arguments: { level: ["staff"], limit: 2 } });
  const page = search.structuredContent as { items: { slug: string; level: { slug: string } }[]; nextCursor: string | null };
  expect(page.items).toHaveLength(2);
  for (const item of page.items) expect(item.level.slug).toBe("staff");
  const rest = await (await fetch(new URL("/api/v1/jobs?level=staff&limit=2", site()))).json();
  expect(search.structuredContent).toEqual(rest);

  const job = await client.callTool({ name: "get_job", arguments: { idOrSlug: page.items[0]!.slug } });
  expect((job.structuredContent as { slug: string; description: string }).slug).toBe(page.items[0]!.slug);
  const bands = await client.callTool({ name: "get_salary_bands", arguments: {} });
  expect((bands.structuredContent as { levels: { level: { slug: string } }[] }).levels.map((l) => l.level.slug)).toEqual([
    "senior",
    "staff",
    "principal",
    "head",
  ]);
  const profile = await client.callTool({ name: "get_role_profile", arguments: {} });
  expect((profile.structuredContent as { slug: string }).slug).toBe("remote-backend-architect");
  const refused = await client.callTool({ name: "search_jobs", arguments: { level: ["Staff"] } });
  expect(refused.isError).toBe(true);
  await client.close();

  expect(seen.filter((r) => r.method === "POST").length).toBeGreaterThanOrEqual(7);
  for (const response of seen) {
    // The client's GET for a server-to-client stream is told 405 (stateless: no stream), as the spec allows.
    if (response.method === "GET") expect(response.status).toBe(405);
    else expect(response.status).toBeLessThan(300);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
  }
});

test("malformed and oversized MCP posts get 4xx JSON-RPC errors from the built app", async () => {
  const post = (body: string) =>
    fetch(new URL("/api/mcp", site()), {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json, text/event-stream", origin: "https://x.example" },
      body,
    });
  for (const [body, status] of [
    ["{oops", 400],
    ["[]", 400],
    ["x".repeat(70_000), 413],
  ] as const) {
    const response = await post(body);
    expect(response.status).toBe(status);
    expect((await response.json()).jsonrpc).toBe("2.0");
  }
});

test("an MCP body of any size past 64 KB gets the same JSON-RPC 413, declared or streamed", async () => {
  const headers = { "content-type": "application/json", accept: "application/json, text/event-stream" };
  const endpoint = new URL("/api/mcp", site());
  // Up to past the largest body any path takes (8 MB): the proxy answers these before the body is read.
  const declared = (size: number) => fetch(endpoint, { method: "POST", headers, body: "x".repeat(size) });
  // A stream: fetch sends it chunked, with no Content-Length for the proxy to judge, so the route's capped read does.
  const streamed = (size: number) => {
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= size) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    return fetch(endpoint, { method: "POST", headers, body, duplex: "half" } as RequestInit);
  };
  const answers = [
    ["70 KB", await declared(70_000)],
    ["2 MB", await declared(2 * 1024 * 1024)],
    ["9 MB", await declared(9 * 1024 * 1024)],
    ["2 MB streamed", await streamed(2 * 1024 * 1024)],
  ] as const;
  for (const [what, response] of answers) {
    expect(response.status, what).toBe(413);
    expect(response.headers.get("content-type"), what).toMatch(/^application\/json/);
    expect(response.headers.get("access-control-allow-origin"), what).toBe("*");
    expect(await response.json(), what).toEqual({
      jsonrpc: "2.0",
      error: { code: -32000, message: "The request body is larger than 64 KB." },
      id: null,
    });
  }
});

test("the level histograms read without JavaScript on a phone: bars and tables agree", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } });
  const page = await context.newPage();
  await page.goto("/salaries");
  await expect(page.getByRole("heading", { name: "How the open roles spread" })).toBeVisible();
  const staff = page.getByRole("img", { name: /Staff backend engineer \/ backend architect: open listings by range midpoint/ });
  await expect(staff).toBeVisible();
  await expect(
    page.getByRole("table", { name: /Staff backend engineer \/ backend architect: open listings by range midpoint/ }),
  ).toBeVisible();
  const figures = await page.locator("figure[data-histogram]").evaluateAll((nodes) =>
    nodes.map((figure) => ({
      drawn: [...figure.querySelectorAll("g[data-bin-from]")]
        .map((g) => [g.getAttribute("data-bin-from"), Number(g.getAttribute("data-count"))] as const)
        .filter(([, count]) => count > 0),
      labels: [...figure.querySelectorAll('[data-part="label"]')].map((t) => Number(t.textContent)),
      listed: [...figure.querySelectorAll("tbody tr[data-bin-from]")]
        .map((tr) => [tr.getAttribute("data-bin-from"), Number(tr.querySelector("td")!.textContent)] as const)
        .filter(([, count]) => count > 0),
    })),
  );
  expect(figures).toHaveLength(4);
  for (const f of figures) {
    expect(f.listed).toEqual(f.drawn);
    expect(f.labels).toEqual(f.drawn.map(([, count]) => count));
  }
  expect(figures.some((f) => f.drawn.length > 0)).toBe(true);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.locator("#distribution").scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath("histograms-390.png"), fullPage: false });
  await staff.screenshot({ path: "/tmp/h14-histogram-staff.png" });
  await context.close();
});
