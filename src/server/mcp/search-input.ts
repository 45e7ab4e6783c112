import "server-only";
import { z } from "zod";
import { containsAnyControl } from "@/lib/control-characters";
import {
  parseSearchParams,
  SEARCH_SORTS,
  type SearchParamName,
  type SearchParamError,
  type SearchQuery,
} from "@/lib/schemas/search";
import { PARAMETER_DOCS } from "@/server/api/openapi";

// The search tool's arguments: the /api/v1/jobs query parameters as JSON (lists as arrays, numbers as
// numbers), so a client sees real types in tools/list. This shape only types the arguments; what they
// mean and which values are valid is decided by the API's own parser (parseSearchParams over
// searchQuerySchema), reached by writing the arguments back as query parameters. One rule, one message.

const list = (name: SearchParamName) =>
  z
    .union([z.array(z.string()), z.string()])
    .optional()
    .describe(`${PARAMETER_DOCS[name]} An array, or one string with commas.`);
const text = (name: SearchParamName) => z.string().optional().describe(PARAMETER_DOCS[name]);
const whole = (name: SearchParamName) => z.int().optional().describe(PARAMETER_DOCS[name]);

export const searchToolInput = z.object({
  q: text("q"),
  level: list("level"),
  skill: list("skill"),
  skillMatch: z.enum(["any", "all"]).optional().describe(PARAMETER_DOCS.skillMatch),
  minPay: whole("minPay"),
  country: text("country"),
  tz: text("tz"),
  industry: list("industry"),
  engagement: list("engagement"),
  visa: list("visa"),
  postedWithinDays: whole("postedWithinDays"),
  sort: z.enum(SEARCH_SORTS).optional().describe(PARAMETER_DOCS.sort),
  cursor: text("cursor"),
  limit: whole("limit"),
});

export type SearchToolInput = z.output<typeof searchToolInput>;

/** The arguments as the API's query parameters, parsed by the API's parser. */
export function parseSearchTool(
  args: SearchToolInput,
): { ok: true; query: SearchQuery } | { ok: false; errors: SearchParamError[] } {
  const params: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(args)) {
    if (value === undefined) continue;
    // What the proxy refuses in a URL (NUL above all, which PostgreSQL refuses in text) is refused here too.
    if ([value].flat().some((v) => typeof v === "string" && containsAnyControl(v)))
      return { ok: false, errors: [{ parameter: key as SearchParamName, message: "Contains a control character." }] };
    params[key] = typeof value === "number" ? String(value) : value;
  }
  return parseSearchParams(params);
}
