import { handleMcpPost, mcpPreflight, methodNotAllowed } from "@/server/mcp/http";

// POST /api/mcp: the read-only Model Context Protocol server (Streamable HTTP, stateless; docs/api.md,
// decision 036). Public and cookie-less, like /api/v1: it never reads the session.
export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return handleMcpPost(request);
}

export function GET() {
  return methodNotAllowed();
}

export function DELETE() {
  return methodNotAllowed();
}

export function OPTIONS() {
  return mcpPreflight();
}
