import { beforeAll, describe, expect, it } from "vitest";
import { GET as getJob, OPTIONS as optionsJob } from "@/app/api/v1/jobs/[idOrSlug]/route";
import { GET as searchJobs, OPTIONS as optionsJobs } from "@/app/api/v1/jobs/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { apiJobDetailSchema, apiJobListSchema } from "@/lib/schemas/api-job";
import { SEARCH_PARAM_NAMES } from "@/lib/schemas/search";
import { API_RATE_LIMIT } from "@/server/api/http";
import { resetDatabase } from "../setup/db";
import { createCompany, createLevel, createListing } from "../setup/factories";

// The public read API through its route handlers, as Next calls them. Each test speaks from its own
// client address, so the per-client budget of one test never limits another.

let client = 0;
function request(path: string, init: RequestInit = {}, address = `203.0.113.${++client}`) {
  return new Request(`http://localhost${path}`, { ...init, headers: { "x-forwarded-for": address, ...init.headers } });
}
const params = (idOrSlug: string) => ({ params: Promise.resolve({ idOrSlug }) });

let live: { id: string; slug: string };
let pending: { id: string; slug: string };

beforeAll(async () => {
  await resetDatabase();
  const company = await createCompany();
  const level = await createLevel({ slug: "staff" });
  live = await createListing(company.id, {
    levelId: level.id,
    title: "Staff Payments Architect",
    worldwide: false,
    eligibleCountries: ["US", "CA"],
    eligibleStates: ["CO", "NY"],
    existingVacancy: false,
    applicationsCloseOn: new Date("2099-01-31T00:00:00Z"),
  });
  await createListing(company.id, { levelId: level.id, title: "Staff Ledger Architect" });
  pending = await createListing(company.id, { levelId: level.id, status: "PENDING_REVIEW" });
});

describe("GET /api/v1/jobs", () => {
  it("answers the search as JSON in the documented shape, with read-only CORS", async () => {
    const response = await searchJobs(request("/api/v1/jobs?level=staff&limit=1"));
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-expose-headers")).toBe("Retry-After");
    const body = apiJobListSchema.parse(await response.json());
    expect(body.items).toHaveLength(1);
    expect(body.nextCursor).not.toBeNull();
    const next = apiJobListSchema.parse(
      await (await searchJobs(request(`/api/v1/jobs?level=staff&limit=1&cursor=${body.nextCursor}`))).json(),
    );
    expect(next.items.map((i) => i.title)).not.toContain(body.items[0]!.title);
    expect(next.nextCursor).toBeNull();
  });

  it("answers 400 naming the invalid parameter", async () => {
    for (const [query, parameter] of [
      ["minPay=lots", "minPay"],
      ["country=Germany", "country"],
      ["tz=Mars/Olympus", "tz"],
      ["sort=best", "sort"],
      ["limit=0", "limit"],
      ["engagement=intern", "engagement"],
      ["cursor=not-a-cursor", "cursor"],
    ] as const) {
      const response = await searchJobs(request(`/api/v1/jobs?${query}`));
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { error: { code: string; parameter: string; message: string } };
      expect(body.error.code).toBe("invalid_parameter");
      expect(body.error.parameter).toBe(parameter);
      expect(body.error.message.startsWith(`${parameter}: `)).toBe(true);
    }
  });

  it("answers 429 with Retry-After once a client spends its budget, and serves other clients", async () => {
    const address = "198.51.100.7";
    for (let i = 0; i < API_RATE_LIMIT.requests; i++)
      expect((await searchJobs(request("/api/v1/jobs?limit=1", {}, address))).status).toBe(200);
    const refused = await searchJobs(request("/api/v1/jobs?limit=1", {}, address));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    // A browser client on another origin can read it only when it is exposed.
    expect(refused.headers.get("access-control-allow-origin")).toBe("*");
    expect(refused.headers.get("access-control-expose-headers")?.split(/,\s*/)).toContain("Retry-After");
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
    expect((await searchJobs(request("/api/v1/jobs?limit=1", {}, "198.51.100.8"))).status).toBe(200);
  });

  it("answers the CORS preflight for GET only", async () => {
    const response = optionsJobs();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, OPTIONS");
    expect(optionsJob().status).toBe(204);
  });
});

describe("GET /api/v1/jobs/{idOrSlug}", () => {
  it("finds a live listing by id or by slug, with its description", async () => {
    for (const key of [live.id, live.slug]) {
      const response = await getJob(request(`/api/v1/jobs/${key}`), params(key));
      expect(response.status).toBe(200);
      const job = apiJobDetailSchema.parse(await response.json());
      expect(job.id).toBe(live.id);
      expect(job.description.length).toBeGreaterThan(100);
      expect(job.eligibility).toMatchObject({ countries: ["US", "CA"], states: ["CO", "NY"], provinces: [] });
      expect(job.disclosures).toEqual({ existingVacancy: false, aiScreening: null, applicationsCloseOn: "2099-01-31" });
    }
  });

  it("answers 404 for unknown and unpublished listings", async () => {
    for (const key of ["no-such-listing", pending.id, "../etc"]) {
      const response = await getJob(request(`/api/v1/jobs/${key}`), params(key));
      expect(response.status).toBe(404);
    }
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("is an OpenAPI 3.1 document describing every search parameter and response", async () => {
    const doc = (await getOpenApi().json()) as {
      openapi: string;
      paths: Record<string, { get: { parameters: { name: string }[]; responses: Record<string, unknown> } }>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.paths["/jobs"]!.get.parameters.map((p) => p.name)).toEqual(SEARCH_PARAM_NAMES);
    expect(Object.keys(doc.paths["/jobs"]!.get.responses)).toEqual(["200", "400", "429"]);
    expect(Object.keys(doc.components.schemas).sort()).toEqual(["Error", "Job", "JobDetail", "JobFacts", "JobList"]);
    // Every $ref points at a schema the document defines.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(3);
    for (const ref of refs) expect(doc.components.schemas).toHaveProperty(ref);
  });
});
