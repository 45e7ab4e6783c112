// @ts-check
// The route a request was served by, as a metric label: the app's route templates (`/jobs/[slug]`), never
// the raw path, so a label set stays as small as the app (no ids, slugs or scanners' made-up paths).

/** @typedef {(path: string, status: number | "aborted") => string} RouteLabeller */

/**
 * @param {string} template a route as Next's app-paths manifest names it, e.g. `/(public)/jobs/[slug]/page`
 * @returns {string | null} the URL template (`/jobs/[slug]`), or null for Next's own entries
 */
export function urlTemplate(template) {
  const segments = template.split("/").filter((s) => s !== "" && !/^\(.*\)$/.test(s));
  const last = segments.at(-1);
  if (last === "page" || last === "route") segments.pop();
  if (segments.some((s) => s.startsWith("_") || s.startsWith("@"))) return null;
  return `/${segments.join("/")}`;
}

/** @param {string} segment */
function patternOf(segment) {
  if (/^\[\[\.\.\..+\]\]$/.test(segment)) return "(?:/.*)?";
  if (/^\[\.\.\..+\]$/.test(segment)) return "/.+";
  if (/^\[.+\]$/.test(segment)) return "/[^/]+";
  return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
}

/**
 * A labeller for these URL templates: the most specific template matching the path (static segments beat
 * parameters, which beat catch-alls); Next's static files by prefix; anything answered 404 one label.
 * @param {string[]} templates
 * @returns {RouteLabeller}
 */
export function routeLabeller(templates) {
  const compiled = [...new Set(templates)]
    .map((template) => {
      const segments = template.split("/").filter(Boolean);
      const regex = new RegExp(`^${segments.map(patternOf).join("") || "/"}/?$`);
      const statics = segments.filter((s) => !s.startsWith("[")).length;
      const catchAll = segments.some((s) => s.startsWith("[..") || s.startsWith("[[.."));
      return { template, regex, rank: statics * 2 - (catchAll ? 1 : 0), length: segments.length };
    })
    .sort((a, b) => b.rank - a.rank || b.length - a.length);
  return (path, status) => {
    if (status === 404) return "(not found)";
    if (path.startsWith("/_next/static/")) return "/_next/static";
    if (path.startsWith("/_next/")) return "/_next";
    const bare = path.split("?")[0] ?? "/";
    for (const { template, regex } of compiled) if (regex.test(bare)) return template;
    return "(other)";
  };
}
