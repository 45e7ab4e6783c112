import "server-only";
import { randomUUID } from "node:crypto";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { apiJobDetailSchema, apiJobListSchema } from "@/lib/schemas/api-job";
import { listingRefSchema } from "@/lib/schemas/ids";
import { findApiJob, toApiJob } from "@/server/api/jobs";
import { logger } from "@/server/log";
import { cachedSearchListings } from "@/server/search/cached";
import { readSalaryBands } from "./bands";
import { readRoleProfile, DEFAULT_ROLE_PROFILE } from "./role-profile";
import { parseSearchTool, searchToolInput } from "./search-input";

// The MCP server's tools: read-only views of what the public API and the public pages already show,
// through the same data-layer functions, in the same shapes (docs/api.md, decision 036).

/** A refusal the caller can act on: a tool result with isError, which a model reads and corrects. */
const refusal = (message: string): CallToolResult => ({ content: [{ type: "text", text: message }], isError: true });

/** A result as structured content, and the same JSON as text for clients that only read text. */
const answer = (value: Record<string, unknown>): CallToolResult => ({
  content: [{ type: "text", text: JSON.stringify(value) }],
  structuredContent: value,
});

/**
 * Runs a tool; an unexpected failure is logged with a reference and answered as a tool error that says
 * nothing about our internals (the SDK would otherwise put the raw error message in the result).
 */
async function guarded(run: () => Promise<CallToolResult>): Promise<CallToolResult> {
  try {
    return await run();
  } catch (error) {
    const reference = randomUUID();
    logger.error({ err: error, reference }, "MCP tool failed");
    return refusal(`Something went wrong on our side (reference ${reference}). Please try again.`);
  }
}

// The API's response schemas, unnamed at the top: MCP wants an output schema whose root is an object,
// and a named (registered) schema would be written as a reference instead.
const jobListOutput = z.object(apiJobListSchema.shape);
const jobDetailOutput = z.object(apiJobDetailSchema.shape);

const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;

export function registerTools(server: McpServer) {
  server.registerTool(
    "search_jobs",
    {
      title: "Search open roles",
      description:
        "Search Backplane's open remote backend architect roles, exactly like GET /api/v1/jobs: same parameters, same result shape, one page at a time (pass nextCursor as cursor for the next).",
      inputSchema: searchToolInput,
      outputSchema: jobListOutput,
      annotations: READ_ONLY,
    },
    (args) =>
      guarded(async () => {
        const parsed = parseSearchTool(args);
        if (!parsed.ok) return refusal(parsed.errors.map((e) => `${e.parameter}: ${e.message}`).join(" "));
        try {
          const result = await cachedSearchListings(parsed.query);
          return answer({ items: result.items.map(toApiJob), nextCursor: result.nextCursor, sort: result.sort });
        } catch (error) {
          if (error instanceof ValidationError) return refusal(`cursor: ${error.message}`);
          throw error;
        }
      }),
  );

  server.registerTool(
    "get_job",
    {
      title: "Read one open role",
      description:
        "One open role by id or slug, with its description, the US states or Canadian provinces it is limited to and the employer's pay-transparency answers, exactly like GET /api/v1/jobs/{idOrSlug}.",
      inputSchema: z.object({ idOrSlug: z.string().describe("The `id` or `slug` of a role from search_jobs") }),
      outputSchema: jobDetailOutput,
      annotations: READ_ONLY,
    },
    ({ idOrSlug }) =>
      guarded(async () => {
        const job = listingRefSchema.safeParse(idOrSlug).success ? await findApiJob(idOrSlug) : null;
        return job ? answer(job) : refusal("No open listing has this id or slug.");
      }),
  );

  server.registerTool(
    "get_salary_bands",
    {
      title: "Salary bands",
      description:
        "What the roles on Backplane pay, as on /salaries: for each seniority level, industry, region and level within region, how many listings count and the lowest, 25th percentile, median, 75th percentile and highest midpoint of their annual US-dollar ranges (null figures: too few listings).",
      inputSchema: z.object({}),
      annotations: READ_ONLY,
    },
    () => guarded(async () => answer(await readSalaryBands())),
  );

  server.registerTool(
    "get_role_profile",
    {
      title: "Role profile",
      description:
        "The role profile page as data: what the role does, the seniority ladder (with each level's open roles and salary band), skills, interview topics, industries and FAQs.",
      inputSchema: z.object({
        slug: z
          .string()
          .optional()
          .describe(`The profile's slug; default ${DEFAULT_ROLE_PROFILE} (the remote backend architect)`),
      }),
      annotations: READ_ONLY,
    },
    ({ slug }) =>
      guarded(async () => {
        const wanted = slug ?? DEFAULT_ROLE_PROFILE;
        const profile = /^[a-z0-9-]{1,100}$/.test(wanted) ? await readRoleProfile(wanted) : null;
        return profile ? answer(profile) : refusal("No role profile has this slug.");
      }),
  );
}
