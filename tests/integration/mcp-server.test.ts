import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DELETE, GET, OPTIONS, POST } from "@/app/api/mcp/route";
import { GET as getJob } from "@/app/api/v1/jobs/[idOrSlug]/route";
import { GET as searchJobs } from "@/app/api/v1/jobs/route";
import { API_RATE_LIMIT } from "@/server/api/http";
import { db } from "@/server/db";
import { MCP_MAX_BODY_BYTES } from "@/server/mcp/errors";
import { resetDatabase } from "../setup/db";
import { createCompany, createLevel, createListing, createSkill } from "../setup/factories";

// The MCP server at /api/mcp, spoken to by the official SDK's own client over real HTTP: a small
// in-process server hands each request to the route handlers exactly as Next would. Every test speaks
// from its own client address, so one test's requests never spend another's budget.

const HANDLERS: Record<string, (request: Request) => Response | Promise<Response>> = { POST, GET, DELETE, OPTIONS };

let http: Server;
let endpoint: URL;
let address = 0;
const nextAddress = () => `198.51.100.${++address}`;

async function toRequest(req: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  const body = chunks.length ? Buffer.concat(chunks) : undefined;
  return new Request(new URL(req.url!, endpoint), { method: req.method, headers, body });
}

async function serve(req: IncomingMessage, res: ServerResponse) {
  const handler = new URL(req.url!, endpoint).pathname === "/api/mcp" ? HANDLERS[req.method!] : undefined;
  if (!handler) return void res.writeHead(404).end();
  const response = await handler(await toRequest(req));
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

async function connect(from = nextAddress()) {
  const client = new Client({ name: "backplane-test", version: "1.0.0" });
  await client.connect(new StreamableHTTPClientTransport(endpoint, { requestInit: { headers: { "x-forwarded-for": from } } }));
  return client;
}

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(endpoint, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json, text/event-stream",
      "x-forwarded-for": nextAddress(),
      ...headers,
    },
    body,
  });

type Structured = Record<string, unknown>;
let live: { id: string; slug: string };
const apiRequest = (path: string) => new Request(`http://localhost${path}`, { headers: { "x-forwarded-for": nextAddress() } });

beforeAll(async () => {
  await resetDatabase();
  const company = await createCompany({ name: "Ledgerline" });
  const staff = await createLevel({ slug: "staff", name: "Staff", rank: 2 });
  const kafka = await createSkill({ slug: "kafka", name: "Kafka" });
  // Five listings at staff, midpoints 200k, 210k, 220k, 230k, 240k: a band with figures.
  for (let i = 0; i < 5; i++) {
    const mid = 200_000 + i * 10_000;
    const listing = await createListing(company.id, {
      levelId: staff.id,
      title: `Staff Payments Architect ${i}`,
      salaryMin: mid - 20_000,
      salaryMax: mid + 20_000,
      annualUsdMin: mid - 20_000,
      annualUsdMax: mid + 20_000,
    });
    if (i === 0) live = listing;
  }
  await db.listingSkill.create({ data: { listingId: live.id, skillId: kafka.id } });
  await createListing(company.id, { levelId: staff.id, status: "PENDING_REVIEW", title: "Not yet public" });
  const profile = await db.roleProfile.create({
    data: {
      slug: "remote-backend-architect",
      name: "Remote backend architect",
      summary: "Designs the systems behind the product.",
      whereItFits: "Between product and platform.",
      remoteWork: "Written first.",
      howToGetHired: "Show your designs.",
      faqs: { create: [{ position: 1, question: "Is it hands-on?", answer: "Yes." }] },
      skills: { create: [{ skillId: kafka.id, essential: true }] },
    },
  });
  expect(profile.slug).toBe("remote-backend-architect");

  http = createServer((req, res) => void serve(req, res));
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  endpoint = new URL(`http://127.0.0.1:${(http.address() as AddressInfo).port}/api/mcp`);
});

afterAll(async () => {
  await new Promise((resolve) => http?.close(resolve));
  await resetDatabase();
});

describe("the MCP server with the SDK's client", () => {
  it("lists exactly the four read-only tools, the search tool with the API's parameters", async () => {
    const client = await connect();
    expect(client.getServerVersion()?.name).toBe("backplane");
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(["get_job", "get_role_profile", "get_salary_bands", "search_jobs"]);
    for (const tool of tools) expect(tool.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false });
    for (const name of ["search_jobs", "get_job"]) expect(tools.find((t) => t.name === name)!.outputSchema?.type).toBe("object");
    const search = tools.find((t) => t.name === "search_jobs")!;
    expect(Object.keys(search.inputSchema.properties ?? {}).sort()).toEqual(
      [
        "q",
        "level",
        "skill",
        "skillMatch",
        "minPay",
        "country",
        "tz",
        "industry",
        "engagement",
        "visa",
        "postedWithinDays",
        "sort",
        "cursor",
        "limit",
      ].sort(),
    );
    await client.close();
  });

  it("search_jobs answers what GET /api/v1/jobs answers, page by page", async () => {
    const client = await connect();
    const first = await client.callTool({ name: "search_jobs", arguments: { level: ["staff"], limit: 3 } });
    expect(first.isError).toBeFalsy();
    const rest = await (await searchJobs(apiRequest("/api/v1/jobs?level=staff&limit=3"))).json();
    expect(first.structuredContent).toEqual(rest);
    expect(JSON.parse((first.content as { text: string }[])[0]!.text)).toEqual(rest);
    const page = first.structuredContent as { items: { slug: string }[]; nextCursor: string };
    expect(page.items).toHaveLength(3);
    const second = await client.callTool({
      name: "search_jobs",
      arguments: { level: "staff", limit: 3, cursor: page.nextCursor },
    });
    const items = (second.structuredContent as { items: { slug: string }[]; nextCursor: null }).items;
    // Five live listings in all; the pending one is never listed.
    expect(items).toHaveLength(2);
    expect((second.structuredContent as Structured).nextCursor).toBeNull();
    expect([...page.items, ...items].map((i) => i.slug)).toContain(live.slug);
    const bySkill = await client.callTool({ name: "search_jobs", arguments: { skill: ["kafka"], minPay: 150_000 } });
    expect((bySkill.structuredContent as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([live.id]);
    await client.close();
  });

  it("get_job answers what GET /api/v1/jobs/{idOrSlug} answers, and refuses an unknown one", async () => {
    const client = await connect();
    const found = await client.callTool({ name: "get_job", arguments: { idOrSlug: live.slug } });
    const rest = await (
      await getJob(apiRequest(`/api/v1/jobs/${live.slug}`), { params: Promise.resolve({ idOrSlug: live.slug }) })
    ).json();
    expect(found.structuredContent).toEqual(rest);
    expect((found.structuredContent as { id: string; skills: unknown[] }).skills).toEqual([{ slug: "kafka", name: "Kafka" }]);
    for (const idOrSlug of ["no-such-role", "Not A Slug", "x".repeat(500)]) {
      const missing = await client.callTool({ name: "get_job", arguments: { idOrSlug } });
      expect(missing.isError).toBe(true);
      expect(missing.content).toEqual([{ type: "text", text: "No open listing has this id or slug." }]);
    }
    await client.close();
  });

  it("get_salary_bands gives the level's band from the listings' midpoints", async () => {
    const client = await connect();
    const result = await client.callTool({ name: "get_salary_bands", arguments: {} });
    const bands = result.structuredContent as { levels: { level: { slug: string }; listingCount: number; figures: unknown }[] };
    expect(bands.levels).toEqual([
      {
        level: { slug: "staff", name: "Staff" },
        listingCount: 5,
        figures: { minUsd: 200_000, p25Usd: 210_000, medianUsd: 220_000, p75Usd: 230_000, maxUsd: 240_000 },
      },
    ]);
    await client.close();
  });

  it("get_role_profile gives the profile with its ladder, and refuses an unknown slug", async () => {
    const client = await connect();
    const result = await client.callTool({ name: "get_role_profile", arguments: {} });
    const profile = result.structuredContent as Structured & { levels: Structured[]; faqs: unknown[]; skills: unknown[] };
    expect(profile).toMatchObject({ slug: "remote-backend-architect", name: "Remote backend architect" });
    expect(profile.url).toMatch(/\/roles\/remote-backend-architect$/);
    expect(profile.faqs).toEqual([{ question: "Is it hands-on?", answer: "Yes." }]);
    expect(profile.skills).toEqual([{ slug: "kafka", name: "Kafka", category: "LANGUAGE", essential: true }]);
    expect(profile.levels).toEqual([
      expect.objectContaining({ slug: "staff", liveListings: 5, band: expect.objectContaining({ listingCount: 5 }) }),
    ]);
    const missing = await client.callTool({ name: "get_role_profile", arguments: { slug: "astronaut" } });
    expect(missing).toMatchObject({ isError: true, content: [{ type: "text", text: "No role profile has this slug." }] });
    await client.close();
  });
});

describe("refusals", () => {
  it("bad arguments are tool errors naming the parameter, in the API's words", async () => {
    const client = await connect();
    const cases: [Structured, RegExp][] = [
      [{ level: ["Staff"] }, /^level: That is not a seniority level slug/],
      [{ country: "Germany" }, /^country: /],
      [{ limit: 500 }, /^limit: Give a limit from 1 to 50/],
      [{ cursor: "not-a-cursor" }, /^cursor: /],
      [{ q: "kafka\u0000" }, /^q: Contains a control character/],
      [{ minPay: "lots" }, /Input validation error/],
      [{ level: Array.from({ length: 300 }, () => "staff") }, /more than the maximum of 200 elements/],
    ];
    for (const [args, message] of cases) {
      const result = await client.callTool({ name: "search_jobs", arguments: args });
      expect(result.isError, JSON.stringify(args)).toBe(true);
      expect((result.content as { text: string }[])[0]!.text).toMatch(message);
    }
    const unknown = await client.callTool({ name: "delete_everything", arguments: {} });
    expect(unknown.isError).toBe(true);
    expect((unknown.content as { text: string }[])[0]!.text).toMatch(/Tool delete_everything not found/);
    await client.close();
  });

  it("malformed JSON-RPC, batches, unknown methods and huge bodies get JSON-RPC errors with a 4xx", async () => {
    const cases: [string, number, number][] = [
      ["{not json", 400, -32700],
      ['{"jsonrpc":"2.0","id":1,"method":"tools/list"', 400, -32700],
      ['[{"jsonrpc":"2.0","id":1,"method":"tools/list"}]', 400, -32600],
      ['{"hello":"world"}', 400, -32700],
      ["x".repeat(MCP_MAX_BODY_BYTES + 1), 413, -32000],
    ];
    for (const [body, status, code] of cases) {
      const response = await post(body);
      expect(response.status, body.slice(0, 40)).toBe(status);
      expect((await response.json()).error.code, body.slice(0, 40)).toBe(code);
    }
    const unknownMethod = await post(JSON.stringify({ jsonrpc: "2.0", id: 7, method: "resources/delete", params: {} }));
    expect(unknownMethod.status).toBe(200);
    expect(await unknownMethod.json()).toMatchObject({ id: 7, error: { code: -32601 } });
    const wrongType = await post("{}", { "content-type": "text/plain" });
    expect(wrongType.status).toBe(415);
  });

  it("GET and DELETE are 405 (no sessions), OPTIONS allows any origin to POST", async () => {
    for (const method of ["GET", "DELETE"]) {
      const response = await fetch(endpoint, { method, headers: { accept: "text/event-stream" } });
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("POST, OPTIONS");
    }
    const preflight = await fetch(endpoint, { method: "OPTIONS", headers: { origin: "https://elsewhere.example" } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toBe("POST, OPTIONS");
  });

  it("sets no cookie and keeps no session, whatever the request carries", async () => {
    const response = await post(JSON.stringify({ jsonrpc: "2.0", id: 1, method: "ping" }), {
      cookie: "__Secure-next-auth.session-token=whatever; next-auth.session-token=whatever",
      origin: "https://elsewhere.example",
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ jsonrpc: "2.0", id: 1, result: {} });
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(response.headers.get("mcp-session-id")).toBeNull();
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("shares the public API's budget per client: past it, a 429 with Retry-After, for MCP and REST alike", async () => {
    const from = nextAddress();
    const client = await connect(from); // initialize + initialized: two requests
    for (let i = 2; i < API_RATE_LIMIT.requests; i++)
      expect(
        (await searchJobs(new Request("http://localhost/api/v1/jobs", { headers: { "x-forwarded-for": from } }))).status,
      ).toBe(200);
    const refused = await client.callTool({ name: "search_jobs", arguments: {} }).catch((error: unknown) => error);
    expect(String(refused)).toMatch(/429|Too many requests/);
    const raw = await post(JSON.stringify({ jsonrpc: "2.0", id: 1, method: "ping" }), { "x-forwarded-for": from });
    expect(raw.status).toBe(429);
    expect(Number(raw.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await raw.json()).toMatchObject({
      jsonrpc: "2.0",
      id: null,
      error: { code: -32000, message: expect.stringMatching(/^Too many requests/) },
    });
    await client.close();
  });
});
