import Ajv2020, { type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getJob } from "@/app/api/v1/jobs/[idOrSlug]/route";
import { GET as searchJobs } from "@/app/api/v1/jobs/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { resetDatabase } from "../setup/db";
import { createCompany, createIndustry, createLevel, createListing, createSkill } from "../setup/factories";

// The public API against its own OpenAPI document. Query values are generated from the document's
// parameter schemas — values the schema allows and values it refuses (another letter case, one past a
// limit, a blank or padded item in a comma list, a fraction) — and each request is sent to the route
// handler on the real database. A value the schema allows must be answered 200, one it refuses 400
// naming the parameter; every body must validate (ajv, JSON Schema 2020-12, formats asserted) against
// the response schema the document gives for that status.

type Schema = {
  type?: string;
  enum?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  maxItems?: number;
  items?: Schema;
};
type Parameter = {
  name: string;
  in: string;
  schema: Schema;
  style?: string;
  explode?: boolean;
  examples?: Record<string, { value: string }>;
};
type Operation = {
  parameters: Parameter[];
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
};
type Document = { paths: Record<string, { get: Operation }>; components: { schemas: Record<string, object> } };

const BASE = "https://backplane.test/schemas/";
let doc: Document;
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);

/** The document's `#/components/schemas/X` references as absolute ids ajv resolves on its own. */
function withAbsoluteRefs<T>(schema: T): T {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${BASE}`)) as T;
}

let client = 0;
const request = (path: string) =>
  new Request(`http://localhost${path}`, { headers: { "x-forwarded-for": `192.0.2.${(++client % 250) + 1}` } });

/** Checks the status is documented for the operation and the JSON body matches its schema; returns the body. */
async function conforms(operation: Operation, response: Response, label: string): Promise<unknown> {
  const documented = operation.responses[String(response.status)];
  expect(documented, `${label}: status ${response.status} is not documented`).toBeDefined();
  expect(response.headers.get("content-type"), label).toMatch(/^application\/json/);
  const body: unknown = await response.json();
  const schema = documented!.content?.["application/json"]?.schema;
  expect(schema, `${label}: no JSON schema for ${response.status}`).toBeDefined();
  const validate: ValidateFunction = ajv.compile(withAbsoluteRefs(schema!));
  expect(validate(body) ? [] : validate.errors, `${label}: ${JSON.stringify(body).slice(0, 300)}`).toEqual([]);
  return body;
}

// --- Values from schemas -------------------------------------------------------------------------------

/** Strings of the shortest and longest length a `^[class]{m,n}$` pattern allows, from its class's first characters. */
function patternSamples(pattern: string): string[] {
  const match = /^\^\[([^\]]+)\]\{(\d+),(\d+)\}\$$/.exec(pattern);
  if (!match) return [];
  const chars = match[1]!.replace(/(.)-(.)/g, "$1").replace(/\\/g, "");
  const sample = (length: number) => Array.from({ length }, (_, i) => chars[i % chars.length]).join("");
  return [sample(Number(match[2])), sample(Number(match[3]))];
}

/** Another letter case of a value (null when it has no letters). */
function otherCase(value: string): string | null {
  const flipped = value === value.toLowerCase() ? value.toUpperCase() : value.toLowerCase();
  return flipped === value ? null : flipped;
}

/** Values one scalar schema allows. None for a schema that bounds only the syntax and has no examples. */
function validScalars(schema: Schema, examples: string[]): string[] {
  if (examples.length) return examples;
  if (schema.enum) return schema.enum;
  if (schema.type === "integer")
    return [schema.minimum!, schema.maximum!, Math.round((schema.minimum! + schema.maximum!) / 2)].map(String);
  if (schema.pattern) return patternSamples(schema.pattern);
  if (schema.type === "string" && schema.maxLength) return ["kafka", "k".repeat(schema.maxLength)];
  return [];
}

/** Values that break one of the scalar schema's constraints. */
function invalidScalars(schema: Schema, valid: string[]): string[] {
  const out = valid.map(otherCase).filter((v): v is string => v !== null);
  if (schema.enum) out.push("not-a-value");
  if (schema.type === "integer") out.push(String(schema.minimum! - 1), String(schema.maximum! + 1), "1.5", "ten");
  if (schema.maxLength) out.push("a".repeat(schema.maxLength + 1));
  if (schema.pattern) out.push("no spaces!");
  return out;
}

type Case = { value: string; note: string };

function cases(parameter: Parameter): { valid: Case[]; other: Case[] } {
  const examples = Object.values(parameter.examples ?? {}).map((e) => e.value);
  const { schema } = parameter;
  if (schema.type !== "array") {
    const valid = validScalars(schema, examples);
    return {
      valid: valid.map((value) => ({ value, note: "allowed" })),
      other: invalidScalars(schema, valid).map((value) => ({ value, note: "edge" })),
    };
  }
  // Lists, in the documented comma form.
  const items = validScalars(schema.items!, []);
  const max = schema.maxItems!;
  const full = Array.from({ length: max }, (_, i) => items[i % items.length]!);
  return {
    valid: [
      ...items.map((value) => ({ value, note: "one item" })),
      { value: full.join(","), note: "maxItems items" },
      { value: "", note: "empty list" },
    ],
    other: [
      { value: [...full, items[0]!].join(","), note: "maxItems + 1 items" },
      { value: `${items[0]},`, note: "blank item" },
      { value: `${items[0]}, ${items[0]}`, note: "padded item" },
      ...invalidScalars(schema.items!, items).map((value) => ({ value, note: "invalid item" })),
    ],
  };
}

/** The value as an OpenAPI client reads it back for this parameter (form style, no explode). */
function deserialise(parameter: Parameter, value: string): unknown {
  if (parameter.schema.type === "array") return value === "" ? [] : value.split(",");
  if (parameter.schema.type === "integer" && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return value;
}

// --- The run -------------------------------------------------------------------------------------------

beforeAll(async () => {
  await resetDatabase();
  const company = await createCompany({ industryId: (await createIndustry({ slug: "fintech" })).id });
  const staff = await createLevel({ slug: "staff" });
  const principal = await createLevel({ slug: "principal" });
  const kafka = await createSkill({ slug: "kafka", name: "Kafka" });
  for (const [i, levelId] of [staff.id, principal.id, staff.id].entries())
    await createListing(company.id, {
      levelId,
      title: `Kafka Platform Architect ${i}`,
      engagementModel: i === 1 ? "CONTRACTOR" : "EMPLOYEE",
      skills: { create: [{ skillId: kafka.id }] },
      // One listing states every fact (decision 031), so JobFacts is checked with values as well as nulls.
      ...(i === 0
        ? {
            scalePeakRps: "RPS_10K_100K",
            scaleDataVolume: "DATA_1TB_100TB",
            scaleServices: "SERVICES_50_200",
            ownershipKind: "GREENFIELD",
            firstSixMonths: "The event backbone.",
            teamSize: 7,
            reportsTo: "CTO",
            engineersServed: 120,
            onCall: "ROTATION",
            onCallRotationWeeks: 6,
            interviewStages: ["Hiring manager call", "System design"],
            interviewHours: 5,
            takeHome: "PAID",
            systemDesignRound: true,
            decisionStyles: ["DESIGN_DOCS", "ASYNC_FIRST"],
          }
        : {}),
    });

  doc = (await getOpenApi().json()) as Document;
  for (const [name, schema] of Object.entries(doc.components.schemas)) ajv.addSchema(withAbsoluteRefs(schema), BASE + name);
});

describe("GET /api/v1/jobs against the OpenAPI document", () => {
  it("answers every generated parameter value as its schema says: 200 for allowed, 400 naming it otherwise", async () => {
    const operation = doc.paths["/jobs"]!.get;
    let checked = 0;
    for (const parameter of operation.parameters) {
      expect(parameter.in).toBe("query");
      if (parameter.schema.type === "array")
        expect({ style: parameter.style, explode: parameter.explode }).toEqual({ style: "form", explode: false });
      const validParameter = ajv.compile(parameter.schema);
      const { valid, other } = cases(parameter);
      // A cursor's valid values come from responses, not from its schema (see the paging test below).
      if (parameter.name !== "cursor") expect(valid.length, `${parameter.name} has no generated valid value`).toBeGreaterThan(0);
      expect(other.length, `${parameter.name} has no generated edge case`).toBeGreaterThan(0);
      for (const { value, note } of [...valid, ...other]) {
        const allowed = validParameter(deserialise(parameter, value));
        if (note === "allowed" || note === "one item" || note === "maxItems items" || note === "empty list")
          expect(allowed, `${parameter.name}=${value} is generated as allowed`).toBe(true);
        const label = `${parameter.name}=${value.slice(0, 40)} (${note}, schema ${allowed ? "allows" : "refuses"} it)`;
        const response = await searchJobs(request(`/api/v1/jobs?${new URLSearchParams({ [parameter.name]: value })}`));
        const body = (await conforms(operation, response, label)) as { error?: { parameter?: string } };
        if (allowed) expect(response.status, label).toBe(200);
        else {
          expect(response.status, label).toBe(400);
          expect(body.error?.parameter, label).toBe(parameter.name);
        }
        checked++;
      }
    }
    // Every parameter contributes cases; the count is printed by a failure, not hard-coded here.
    expect(checked).toBeGreaterThan(operation.parameters.length * 2);
    // One request per generated case, for every parameter: longer than the default timeout on a loaded machine.
  }, 120_000);

  it("reads a list given as repeated parameters the same as in its documented comma form", async () => {
    const operation = doc.paths["/jobs"]!.get;
    const comma = (await conforms(operation, await searchJobs(request("/api/v1/jobs?level=staff,principal")), "comma")) as {
      items: { id: string }[];
    };
    const repeated = (await conforms(
      operation,
      await searchJobs(request("/api/v1/jobs?level=staff&level=principal")),
      "repeated",
    )) as { items: { id: string }[] };
    expect(comma.items).toHaveLength(3);
    expect(repeated.items.map((i) => i.id)).toEqual(comma.items.map((i) => i.id));
    const staffOnly = (await (await searchJobs(request("/api/v1/jobs?level=staff"))).json()) as { items: unknown[] };
    expect(staffOnly.items).toHaveLength(2);
  });

  it("pages with the cursors it hands out, and refuses a cursor it did not", async () => {
    const operation = doc.paths["/jobs"]!.get;
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `limit=1${cursor ? `&cursor=${cursor}` : ""}`;
      const page = (await conforms(operation, await searchJobs(request(`/api/v1/jobs?${query}`)), query)) as {
        items: { id: string }[];
        nextCursor: string | null;
      };
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor && seen.length < 10);
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
    const forged = await searchJobs(request("/api/v1/jobs?cursor=abc"));
    expect(forged.status).toBe(400);
    expect(((await conforms(operation, forged, "forged cursor")) as { error: { parameter: string } }).error.parameter).toBe(
      "cursor",
    );
  });
});

describe("GET /api/v1/jobs/{idOrSlug} against the OpenAPI document", () => {
  it("answers a listing by id and by slug, and 404 for anything else, in the documented shapes", async () => {
    const operation = doc.paths["/jobs/{idOrSlug}"]!.get;
    const list = (await (await searchJobs(request("/api/v1/jobs?limit=1"))).json()) as { items: { id: string; slug: string }[] };
    const { id, slug } = list.items[0]!;
    for (const key of [id, slug]) {
      const response = await getJob(request(`/api/v1/jobs/${key}`), { params: Promise.resolve({ idOrSlug: key }) });
      expect(response.status, key).toBe(200);
      await conforms(operation, response, key);
    }
    for (const key of ["no-such-listing", slug.toUpperCase(), "x".repeat(500)]) {
      const response = await getJob(request(`/api/v1/jobs/${key}`), { params: Promise.resolve({ idOrSlug: key }) });
      expect(response.status, key).toBe(404);
      await conforms(operation, response, key);
    }
  });
});
