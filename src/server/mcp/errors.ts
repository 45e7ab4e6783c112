import { NextResponse } from "next/server";

// The MCP endpoint's own refusals, shared by its route (src/server/mcp/http.ts) and by the proxy's request
// guard, which refuses an oversized body before Next reads it: an MCP client is told in JSON-RPC either way.
// No SDK import here, so the proxy does not load the MCP server to answer.

export const MCP_PATH = "/api/mcp";

/** Far above any valid message (the largest, a search with every list full, is about 3 KB). */
export const MCP_MAX_BODY_BYTES = 64 * 1024;

export const MCP_HEADERS = {
  "Cache-Control": "no-store",
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "POST, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type, Accept, Mcp-Protocol-Version, Mcp-Session-Id, Last-Event-ID",
  "Access-Control-Expose-Headers": "Retry-After",
  "Access-Control-Max-Age": "86400",
};

/** A JSON-RPC error answering no particular request (id null), as the transport's own refusals are. */
export function rpcError(status: number, code: number, message: string, headers: Record<string, string> = {}): NextResponse {
  return NextResponse.json(
    { jsonrpc: "2.0", error: { code, message }, id: null },
    { status, headers: { ...MCP_HEADERS, ...headers } },
  );
}

/** A body over MCP_MAX_BODY_BYTES, whether its length was declared or found while reading it. */
export function bodyTooLarge(): NextResponse {
  return rpcError(413, -32000, `The request body is larger than ${MCP_MAX_BODY_BYTES / 1024} KB.`);
}
