import { expect, test } from "@playwright/test";
import { createCandidate } from "./database";
import { demo, signIn, uniqueSuffix } from "./fixtures";

// Issue 8, defects 1, 2, 4 and 6 as an attacker would try them over HTTP against the production server.

const DEMO_PASSWORD = "backplane-demo";

test("next-auth's credentials endpoint is no way in: right and wrong passwords get the same answer and no session", async ({
  request,
}) => {
  const answers: string[] = [];
  for (const password of ["wrong-1", "wrong-2", DEMO_PASSWORD]) {
    const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken: csrf.csrfToken, email: demo.candidate, password, json: "true" },
      maxRedirects: 0,
    });
    expect(response.status()).toBeLessThan(500);
    expect(response.headers()["set-cookie"] ?? "").not.toContain("session-token");
    answers.push(`${response.status()} ${(response.headers().location ?? "").replace(/csrf[^&]*/, "")}`);
  }
  expect(new Set(answers).size).toBe(1);
  // And nothing it did signs anyone in.
  const privatePage = await request.get("/account/applications", { maxRedirects: 0 });
  expect(privatePage.status()).toBe(307);
  expect(privatePage.headers().location).toContain("/sign-in");
});

for (const [name, callbackUrl] of [
  ["a tab between the slashes", "/\t/evil.example"],
  ["a newline between the slashes", "/\n/evil.example"],
  ["a backslash", "/\\evil.example"],
  ["two backslashes", "\\\\evil.example"],
  ["a protocol-relative URL", "//evil.example"],
  ["an absolute URL", "https://evil.example/"],
  ["dot segments", "/a/..//evil.example"],
  ["a header injection", "/\r\nSet-Cookie: x=1"],
] as const) {
  test(`callbackUrl with ${name} never leaves the site, signed in or signing in`, async ({ page }) => {
    const site = new URL(test.info().project.use.baseURL!);
    // Signing in through the form with it, as an attacker's page would post it.
    await page.goto("/sign-in");
    await page
      .locator("form")
      .first()
      .evaluate((form, value) => {
        const input = document.createElement("input");
        input.type = "hidden";
        input.name = "callbackUrl";
        input.value = value;
        form.append(input);
      }, callbackUrl);
    await page.getByLabel("Email").fill(demo.candidate);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    expect(new URL(page.url()).host).toBe(site.host);

    // Already signed in, following a link that carries it: refused at the edge (a control character
    // in a parameter is a 400 naming it), or redirected within the site.
    const response = await page.request.get(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`, { maxRedirects: 0 });
    if (/[\t\n\r]/.test(callbackUrl)) {
      expect(response.status()).toBe(400);
      expect(await response.text()).toContain("callbackUrl");
      return;
    }
    expect(response.status()).toBe(307);
    const location = response.headers().location!;
    expect(location.startsWith("/")).toBe(true);
    expect(location.startsWith("//")).toBe(false);
    expect(location).not.toMatch(/[\\\t\r\n]/);
    expect(new URL(location, site).host).toBe(site.host);
  });
}

test("a new X-Forwarded-For per attempt does not lift the sign-in limit, and the wait is stated", async ({ page }) => {
  const email = `guessed-${uniqueSuffix()}@example.test`;
  await createCandidate(email, "the owner's own long passphrase");
  await page.goto("/sign-in");
  // Five free failures for one address and account, then a wait that doubles. Were the forged header
  // believed, every attempt would come from a new address and none would ever wait.
  const messages: string[] = [];
  for (let attempt = 1; attempt <= 12; attempt++) {
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": `198.51.100.${attempt}`, "X-Real-IP": `198.51.100.${attempt}` });
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`guess number ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    const status = page.getByRole("status").filter({ hasText: /do not match|Too many/ });
    await expect(status).toBeVisible();
    const text = (await status.textContent())!;
    messages.push(text);
    if (text.includes("Too many")) break;
    // Each answer replaces the last; wait for it to go before the next try.
    await page.goto("/sign-in");
  }
  expect(messages.slice(0, 5).every((m) => m.includes("do not match"))).toBe(true);
  expect(messages.at(-1)).toMatch(/Too many attempts\. Try again in \d+ seconds?\./);
});

test("a server action posted from another origin is refused, even with a matching X-Forwarded-Host", async ({
  page,
  browser,
}) => {
  const email = `origin-${uniqueSuffix()}@example.test`;
  await createCandidate(email, "a passphrase for origin checks");
  await signIn(page, email, "a passphrase for origin checks");
  // A second browser signed in as the same user must stay signed in if the forged action is refused.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email, "a passphrase for origin checks");

  await page.goto("/settings/security");
  let forged = 0;
  await page.route("**/settings/security", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    forged++;
    const response = await route.fetch({
      headers: { ...route.request().headers(), origin: "https://evil.example", "x-forwarded-host": "evil.example" },
    });
    expect(response.status()).toBe(403);
    await route.fulfill({ response });
  });
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect.poll(() => forged).toBe(1);

  await otherPage.goto("/account/applications");
  await expect(otherPage.getByRole("heading", { name: "My applications" })).toBeVisible();
  await other.close();
});

test("malformed and oversized form posts get a clear 4xx, never a 5xx", async ({ request }) => {
  const noBoundary = await request.post("/sign-in", { headers: { "Content-Type": "multipart/form-data" }, data: "a=b" });
  expect(noBoundary.status()).toBe(400);
  const huge = await request.post("/sign-in", {
    headers: { "Content-Type": "application/x-www-form-urlencoded", "Next-Action": "0".repeat(42) },
    data: `a=${"x".repeat(2 * 1024 * 1024)}`,
  });
  expect(huge.status()).toBe(413);
  const unknownAction = await request.post("/sign-in", {
    headers: { "Content-Type": "text/plain;charset=UTF-8", "Next-Action": "0".repeat(42) },
    data: "[]",
  });
  expect(unknownAction.status()).toBeGreaterThanOrEqual(400);
  expect(unknownAction.status()).toBeLessThan(500);
});
