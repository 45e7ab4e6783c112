import "server-only";
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { spendApiBudget } from "@/server/api/http";
import { MCP_HEADERS, MCP_MAX_BODY_BYTES, bodyTooLarge, rpcError } from "./errors";
import { createMcpServer } from "./server";

// /api/mcp over HTTP: MCP's Streamable HTTP transport in stateless mode, JSON responses (no SSE: every
// tool answers at once). Before the SDK sees a request, this file does what is ours to decide: the public
// API's per-client budget, a cap on the body, one message per request. Everything it refuses is a
// JSON-RPC error object with a 4xx status; nothing here reads or sets a cookie (decision 036).

/** The body as text, or null past `limit` bytes (by its declared length, or while reading it). */
async function readCapped(request: Request, limit: number): Promise<string | null> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

export async function handleMcpPost(request: Request): Promise<Response> {
  const wait = await spendApiBudget(request);
  if (wait !== null)
    return rpcError(429, -32000, `Too many requests. Try again in ${wait} seconds.`, { "Retry-After": String(wait) });

  const body = await readCapped(request, MCP_MAX_BODY_BYTES);
  if (body === null) return bodyTooLarge();
  let message: unknown;
  try {
    message = JSON.parse(body);
  } catch {
    return rpcError(400, -32700, "Parse error: the body is not JSON.");
  }
  // The current protocol has no batches; one message per request also makes one request one unit of budget.
  if (Array.isArray(message))
    return rpcError(400, -32600, "Invalid request: send one JSON-RPC message per request (batches are not accepted).");

  const server = createMcpServer();
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  try {
    await server.connect(transport);
    const response = await transport.handleRequest(request, { parsedBody: message });
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(MCP_HEADERS)) headers.set(name, value);
    return new Response(response.body, { status: response.status, headers });
  } finally {
    await server.close();
  }
}

/** GET (a server-to-client stream) and DELETE (ending a session) need sessions, which this server has none of. */
export function methodNotAllowed(): Response {
  return rpcError(405, -32000, "Method not allowed: this MCP server is stateless; send JSON-RPC messages with POST.", {
    Allow: "POST, OPTIONS",
  });
}

export function mcpPreflight(): Response {
  return new Response(null, { status: 204, headers: MCP_HEADERS });
}
