// Whether a User-Agent obviously belongs to a program rather than a person's browser: crawlers, link
// previews, monitoring, headless browsers and HTTP libraries. A view from one is not counted. Programs
// that pretend to be browsers still count; this only keeps the honest ones out of an employer's figures.

const BOT = new RegExp(
  [
    "bot\\b",
    "bot/",
    "crawl",
    "spider",
    "slurp",
    "scrap",
    "preview",
    "headless",
    "lighthouse",
    "pagespeed",
    "facebookexternalhit",
    "embedly",
    "monitor",
    "uptime",
    "curl/",
    "wget/",
    "python",
    "httpclient",
    "okhttp",
    "axios/",
    "node-fetch",
    "undici",
    "go-http-client",
    "java/",
    "libwww",
    "postman",
    "playwright",
  ].join("|"),
  "i",
);

export function isObviousBot(userAgent: string | null | undefined): boolean {
  // A browser always sends one; a request without it is a program.
  if (!userAgent || userAgent.trim() === "") return true;
  return BOT.test(userAgent);
}
