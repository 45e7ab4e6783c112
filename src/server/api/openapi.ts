import "server-only";
import { z } from "zod";
import { apiErrorSchema, apiJobDetailSchema, apiJobListSchema, apiJobSchema } from "@/lib/schemas/api-job";
import { searchQuerySchema, type SearchParamName } from "@/lib/schemas/search";
import { absoluteUrl } from "@/lib/site-url";
import { API_RATE_LIMIT } from "./http";

// The OpenAPI 3.1 document of the public read API. Parameter and response schemas are generated from
// the same zod schemas that parse requests and type responses (OpenAPI 3.1 uses JSON Schema 2020-12,
// which is what z.toJSONSchema writes); only the prose lives here.

const PARAMETER_DOCS: Record<SearchParamName, string> = {
  q: "Full-text search over title, company, skills and description. Supports quotes for phrases, `or`, and `-word` to exclude.",
  level: "Seniority level slugs (senior, staff, principal, head). Repeat the parameter or separate with commas.",
  skill: "Skill slugs (e.g. kafka, postgresql). Repeat or separate with commas.",
  skillMatch: "With several skills: `any` (default) or `all` of them.",
  minPay: "Minimum annual pay in US dollars, compared with the top of each listing's range after normalisation.",
  country:
    "The candidate's country (ISO 3166-1 alpha-2). Keeps listings open worldwide, to a region containing it, or to it by name.",
  tz: "The candidate's timezone: an IANA name (Europe/Berlin) or an offset (UTC+05:30). Keeps listings whose working window overlaps 09:00–17:00 local time by at least the hours they require.",
  industry: "Industry slugs of the hiring company.",
  engagement: "Engagement models: employee, employer-of-record, contractor.",
  visa: "Work authorisation policies: will-sponsor, not-required, must-have-authorization.",
  postedWithinDays: "Only listings published within this many days.",
  sort: "newest (default without q), relevance (default with q), or pay (highest top of range first).",
  cursor: "The `nextCursor` of the previous page. Only valid with the same sort.",
  limit: "Results per page, 1–50 (default 20).",
};

const LIST_PARAMETERS = new Set<SearchParamName>(["level", "skill", "industry", "engagement", "visa"]);

/** A generated JSON Schema without the keys that only make sense for a standalone document. */
function embeddable(schema: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema" && key !== "$id"));
}

function components() {
  const registry = z.registry<{ id: string }>();
  registry.add(apiJobSchema, { id: "Job" });
  registry.add(apiJobDetailSchema, { id: "JobDetail" });
  registry.add(apiJobListSchema, { id: "JobList" });
  registry.add(apiErrorSchema, { id: "Error" });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, embeddable(schema)]));
}

function parameters() {
  const query = z.toJSONSchema(searchQuerySchema, { io: "input", unrepresentable: "any" }) as {
    properties: Record<string, object>;
  };
  return Object.entries(query.properties).map(([name, schema]) => ({
    name,
    in: "query",
    required: false,
    description: PARAMETER_DOCS[name as SearchParamName],
    schema,
    ...(LIST_PARAMETERS.has(name as SearchParamName) ? { style: "form", explode: true } : {}),
  }));
}

const json = (ref: string) => ({ "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } });
const errors = {
  "429": {
    description: `More than ${API_RATE_LIMIT.requests} requests a minute from one client.`,
    headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds until the client may try again" } },
    content: json("Error"),
  },
};

let cached: object | undefined;

export function openApiDocument(): object {
  cached ??= {
    openapi: "3.1.0",
    info: {
      title: "Backplane public jobs API",
      version: "1.0.0",
      description: "Read-only access to the open remote backend architect roles on Backplane. See docs/api.md.",
    },
    servers: [{ url: absoluteUrl("/api/v1") }],
    paths: {
      "/jobs": {
        get: {
          operationId: "searchJobs",
          summary: "Search open roles",
          parameters: parameters(),
          responses: {
            "200": { description: "One page of results, in keyset order.", content: json("JobList") },
            "400": { description: "A parameter is invalid; `error.parameter` names it.", content: json("Error") },
            ...errors,
          },
        },
      },
      "/jobs/{idOrSlug}": {
        get: {
          operationId: "getJob",
          summary: "One open role",
          parameters: [
            { name: "idOrSlug", in: "path", required: true, schema: { type: "string" }, description: "The listing's id or slug" },
          ],
          responses: {
            "200": { description: "The role, with its description.", content: json("JobDetail") },
            "404": {
              description: "No open role has this id or slug (unknown, unpublished, closed or expired).",
              content: json("Error"),
            },
            ...errors,
          },
        },
      },
    },
    components: { schemas: components() },
  };
  return cached;
}
