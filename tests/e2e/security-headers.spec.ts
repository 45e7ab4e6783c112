import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { slugIn } from "./demo-listings";
import { demo, signIn } from "./fixtures";

// Issue 8, defect 5: the security headers on every kind of response, and no page reporting a Content
// Security Policy violation in Chromium (JSON-LD, Next's inline scripts, forms, client islands).

// "gone": the 410 page, a self-contained document with no script at all and its own stricter policy.
type Kind = "public" | "private" | "non-document" | "gone";

function expectSecurityHeaders(response: APIResponse, kind: Kind, what: string) {
  const headers = response.headers();
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["permissions-policy"], what).toContain("camera=()");
  const csp = headers["content-security-policy"] ?? "";
  for (const directive of ["frame-ancestors 'none'", "base-uri 'none'"]) expect(csp, what).toContain(directive);
  if (kind === "non-document") {
    expect(csp, what).toContain("default-src 'none'");
    return;
  }
  if (kind === "gone") {
    for (const directive of ["default-src 'none'", "object-src 'none'", "form-action 'self'"])
      expect(csp, what).toContain(directive);
    expect(csp, what).not.toContain("script-src");
    return;
  }
  for (const directive of ["object-src 'none'", "form-action 'self'", "default-src 'self'"])
    expect(csp, what).toContain(directive);
  if (kind === "private") expect(csp, what).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  else expect(csp, what).toContain("script-src 'self' 'unsafe-inline'");
  // HSTS only when the site is served over https (this run is plain http on loopback).
  expect(headers["strict-transport-security"], what).toBeUndefined();
}

test("every kind of response carries the security headers", async ({ request }) => {
  const cases: [string, Kind, number][] = [
    ["/", "public", 200],
    ["/jobs?q=kafka", "public", 200],
    [`/jobs/${slugIn("PUBLISHED")}`, "public", 200],
    [`/jobs/${slugIn("EXPIRED")}`, "gone", 410],
    ["/roles/remote-backend-architect", "public", 200],
    ["/no-such-page", "public", 404],
    ["/jobs?q=%00", "public", 400],
    ["/roles/%", "public", 404],
    ["/sign-in", "private", 200],
    ["/api/v1/jobs", "non-document", 200],
    ["/api/v1/jobs/no-such-job", "non-document", 404],
    ["/api/v1/jobs?q=%00", "non-document", 400],
    ["/api/health", "non-document", 200],
    ["/feeds/jobs.rss", "non-document", 200],
    ["/feeds/jobs.json", "non-document", 200],
    ["/sitemap.xml", "non-document", 200],
    ["/robots.txt", "non-document", 200],
  ];
  for (const [path, kind, status] of cases) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    expectSecurityHeaders(response, kind, path);
  }
  const refused = await request.post("/sign-in", { headers: { Origin: "https://evil.example" }, form: { a: "b" } });
  expect(refused.status()).toBe(403);
  expectSecurityHeaders(refused, "private", "foreign POST");
});

test("a private page's nonce is fresh per request and on every script Next writes", async ({ request }) => {
  const nonces: string[] = [];
  for (let i = 0; i < 2; i++) {
    const response = await request.get("/sign-in");
    const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
    expect(nonce).toBeTruthy();
    nonces.push(nonce!);
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

/** Records CSP violations the page reports, from its own event and from Chromium's console. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect)/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

async function visit(page: Page, path: string) {
  const started = Date.now();
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  console.log(`csp journey: ${path} settled in ${Date.now() - started} ms`);
}

test("no page reports a CSP violation, signed out or in as any role", async ({ page }) => {
  // A long journey (every page, as every role, each until its network is idle): a generous bound, not a
  // speed check.
  test.setTimeout(300_000);
  const violations = await watchViolations(page);
  const publicPaths = [
    "/",
    "/jobs",
    "/jobs?q=kafka&level=staff",
    `/jobs/${slugIn("PUBLISHED")}`,
    `/jobs/${slugIn("CLOSED")}`,
    "/roles/remote-backend-architect",
    "/salaries",
    "/sign-in",
    "/sign-up",
    "/no-such-page",
  ];
  for (const path of publicPaths) await visit(page, path);
  // An island at work: the search form's filters (client navigation), and the FAQ disclosure.
  await visit(page, "/jobs");
  await page.getByRole("main").getByRole("checkbox").first().check();
  await page.waitForLoadState("networkidle");

  await signIn(page, demo.candidate);
  for (const path of ["/", "/jobs", `/jobs/${slugIn("PUBLISHED")}`, "/account/applications", "/settings/security"])
    await visit(page, path);
  await page.context().clearCookies();

  await signIn(page, demo.employer);
  for (const path of ["/employer/listings", "/employer/listings/new", "/settings/security"]) await visit(page, path);
  // The posting form's live band estimate runs while typing.
  await page.goto("/employer/listings/new");
  await page.getByLabel("Salary from").fill("200000");
  await page.getByLabel("Salary to").fill("250000");
  await page.waitForLoadState("networkidle");
  await page.context().clearCookies();

  await signIn(page, demo.admin);
  for (const path of ["/admin/review", "/settings/security"]) await visit(page, path);

  expect(violations).toEqual([]);
});
