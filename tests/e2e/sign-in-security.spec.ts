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
  ["a tab between the slashes", "%2F%09%2Fevil.example"],
  ["a newline between the slashes", "%2F%0A%2Fevil.example"],
  ["a backslash", "%2F%5Cevil.example"],
  ["two backslashes", "%5C%5Cevil.example"],
  ["a protocol-relative URL", "%2F%2Fevil.example"],
  ["an absolute URL", "https%3A%2F%2Fevil.example%2F"],
  ["dot segments", "%2Fa%2F..%2F%2Fevil.example"],
  ["a header injection", "%2F%0D%0ASet-Cookie%3A%20x%3D1"],
] as const) {
  test(`callbackUrl with ${name} never leaves the site, signed in or signing in`, async ({ page }) => {
    // Signing in through the form with it.
    await page.goto(`/sign-in?callbackUrl=${callbackUrl}`);
    await page.getByLabel("Email").fill(demo.candidate);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);

    // Already signed in: the page redirects at once.
    const response = await page.request.get(`/sign-in?callbackUrl=${callbackUrl}`, { maxRedirects: 0 });
    expect(response.status()).toBeLessThan(500);
    const location = response.headers().location ?? "/";
    expect(location.startsWith("/")).toBe(true);
    expect(location.startsWith("//")).toBe(false);
    expect(location).not.toMatch(/[\\\t\r\n]/);
    expect(new URL(location, "http://site.example").host).toBe("site.example");
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
