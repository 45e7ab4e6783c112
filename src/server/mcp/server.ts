import "server-only";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { registerTools } from "./tools";

// One MCP server per HTTP request (stateless mode, decision 036): nothing lives between requests, so any
// instance behind the load balancer answers any request and there is no session to store or expire.

/** More values than any valid search holds (each list is capped far lower by the search schema). */
const MAX_TOOL_INPUT_ELEMENTS = 200;

export function createMcpServer(): McpServer {
  const server = new McpServer(
    { name: "backplane", title: "Backplane", version: "1.0.0" },
    {
      capabilities: { tools: {} },
      maxToolInputElements: MAX_TOOL_INPUT_ELEMENTS,
      instructions:
        "Read-only access to Backplane, a job board for remote backend architect roles: search open roles, read one, read the salary bands and the role profile. Pay figures are annual US dollars.",
    },
  );
  registerTools(server);
  return server;
}
