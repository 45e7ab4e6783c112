/** Only same-site paths may be redirect targets; anything else (absolute URLs, "//host") falls back. */
export function safeCallbackPath(value: unknown, fallback: string): string {
  if (typeof value !== "string") return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}

export function homeForRole(role: "CANDIDATE" | "EMPLOYER" | "ADMIN"): string {
  if (role === "EMPLOYER") return "/employer/listings";
  if (role === "ADMIN") return "/admin/review";
  return "/";
}
