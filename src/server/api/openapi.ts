import "server-only";
import { z } from "zod";
import { apiErrorSchema, apiJobDetailSchema, apiJobFactsSchema, apiJobListSchema, apiJobSchema } from "@/lib/schemas/api-job";
import { searchQuerySchema, type SearchParamName } from "@/lib/schemas/search";
import { API_RATE_LIMIT } from "./http";

// The OpenAPI 3.1 document of the public read API. Parameter and response schemas are generated from
// the same zod schemas that parse requests and type responses (OpenAPI 3.1 uses JSON Schema 2020-12,
// which is what z.toJSONSchema writes); only the prose lives here.

export const PARAMETER_DOCS: Record<SearchParamName, string> = {
  q: "Full-text search over title, company, skills and description. Supports quotes for phrases, `or`, and `-word` to exclude.",
  level: "Seniority level slugs (senior, staff, principal, head), separated by commas.",
  skill: "Skill slugs (e.g. kafka, postgresql), separated by commas. An unknown slug matches nothing.",
  skillMatch: "With several skills: `any` (default) or `all` of them.",
  minPay: "Minimum annual pay in US dollars, compared with the top of each listing's range after normalisation.",
  country:
    "The candidate's country (ISO 3166-1 alpha-2, in capitals). Keeps listings open worldwide, to a region containing it, or to it by name.",
  tz: "The candidate's timezone: an IANA name (Europe/Berlin) or an offset (UTC+05:30). Keeps listings whose working window overlaps 09:00–17:00 local time by at least the hours they require. A zone the server does not know is a 400.",
  industry: "Industry slugs of the hiring company, separated by commas.",
  engagement: "Engagement models, separated by commas.",
  visa: "Work authorisation policies, separated by commas.",
  takeHome:
    "Take-home assignment: `none` (no take-home), `paid`, `unpaid`, separated by commas. Listings that do not state it are left out.",
  onCall:
    "On-call: `none` (no on-call), `rotation`, `follow-the-sun`, `escalation-only`, separated by commas. Listings that do not state it are left out.",
  ownership:
    "Kind of work: `greenfield`, `migration`, `platform`, `consolidation`, separated by commas. Listings that do not state it are left out.",
  teamSize:
    "Team size ranges: `small` (up to 5), `medium` (6–20), `large` (over 20), separated by commas. Listings that do not state it are left out.",
  postedWithinDays: "Only listings published within this many days.",
  sort: "newest (default without q), relevance (default with q), or pay (highest top of range first).",
  cursor: "The `nextCursor` of the previous page. Only valid with the same sort; any other value is a 400.",
  limit: "Results per page, 1–50 (default 20).",
};

const LIST_PARAMETERS = new Set<SearchParamName>([
  "level",
  "skill",
  "industry",
  "engagement",
  "visa",
  "takeHome",
  "onCall",
  "ownership",
  "teamSize",
]);

// Lists are documented in their comma form (`level=staff,principal`: OpenAPI's `form` style without
// `explode`), so `maxItems` counts exactly the values the server counts. The server also reads the
// parameter repeated (`level=staff&level=principal`, what HTML forms send), which one OpenAPI style
// cannot describe besides the other: the description says so.
const REPEATED_TOO = " The parameter may also be repeated, one value each; the limit counts all values.";

/**
 * Examples of a valid value where the schema bounds only the syntax and the server checks the value against
 * what it knows (a time zone): the schema cannot list every valid value, the examples are some of them.
 */
const PARAMETER_EXAMPLES: Partial<Record<SearchParamName, Record<string, { value: string }>>> = {
  tz: { zone: { value: "Europe/Berlin" }, offset: { value: "UTC+05:30" } },
};

/** A generated JSON Schema without the keys that only make sense for a standalone document. */
function embeddable(schema: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema" && key !== "$id"));
}

function components() {
  const registry = z.registry<{ id: string }>();
  registry.add(apiJobSchema, { id: "Job" });
  registry.add(apiJobFactsSchema, { id: "JobFacts" });
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
  return Object.entries(query.properties).map(([key, schema]) => {
    const name = key as SearchParamName;
    const list = LIST_PARAMETERS.has(name);
    const examples = PARAMETER_EXAMPLES[name];
    return {
      name,
      in: "query",
      required: false,
      description: PARAMETER_DOCS[name] + (list ? REPEATED_TOO : ""),
      schema,
      ...(list ? { style: "form", explode: false } : {}),
      ...(examples ? { examples } : {}),
    };
  });
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
      description: "Read-only access to the open remote backend architect roles on Backplane. No key is needed.",
    },
    // Relative to where this document is served (/api/v1/openapi.json), so it names the right origin on
    // every deployment: the route is rendered once, and SITE_URL is read at run time (decision 002).
    servers: [{ url: "/api/v1", description: "This deployment" }],
    // Public: no operation needs credentials.
    security: [],
    tags: [{ name: "Jobs", description: "Open roles: search them, read one." }],
    paths: {
      "/jobs": {
        get: {
          operationId: "searchJobs",
          tags: ["Jobs"],
          summary: "Search open roles",
          description:
            "The search of the /jobs page as JSON, one keyset page at a time: pass `nextCursor` back as `cursor`, with the same other parameters, until it is null. Unknown parameters are ignored.",
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
          tags: ["Jobs"],
          summary: "One open role",
          description: "One open role with its description, by id or slug.",
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
