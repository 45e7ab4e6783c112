import { expect, test, type Locator, type Page } from "@playwright/test";
import { createCandidate, withDatabase } from "./database";
import { demo, signIn, signInWithoutScripts, uniqueSuffix } from "./fixtures";

// Issue 14: a candidate with "no take-home" in the profile sorts /jobs by best match and sees why the
// first result matches. The fixture states the facts on one live demo role the candidate can take
// (no take-home, the candidate's level and skills, pay above their floor), so it scores the most a
// listing can for this profile.

const PASSWORD = "best-match e2e password";

type Picked = { id: string; levelId: string; skillIds: string[]; annualUsdMin: number };

/** A live role open to someone in Portugal with no fixed overlap and two skills or more, with no take-home. */
async function pickRoleWithoutTakeHome(): Promise<Picked> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<Picked>(
      `SELECT l.id, l."levelId", l."annualUsdMin", array_agg(ls."skillId") AS "skillIds"
         FROM "Listing" l JOIN "Company" c ON c.id = l."companyId" JOIN "ListingSkill" ls ON ls."listingId" = l.id
        WHERE l.status = 'PUBLISHED' AND l."expiresAt" > now() AND c.status = 'ACTIVE'
          AND (l.worldwide OR 'PT' = ANY(l."eligibleCountries")
               OR l."eligibleRegions" && ARRAY(SELECT code FROM "Region" WHERE 'PT' = ANY(countries)))
          AND (l."tzWindowStartUtc" IS NULL OR l."tzRequiredOverlapHours" = 0)
        GROUP BY l.id HAVING count(*) >= 2
        ORDER BY l."publishedAt" DESC, l.id DESC LIMIT 1`,
    );
    const picked = rows[0];
    if (!picked) throw new Error("The demo data has no live role open to Portugal without a required overlap");
    await client.query(`UPDATE "Listing" SET "takeHome" = 'NONE' WHERE id = $1`, [picked.id]);
    return picked;
  });
}

test("a candidate who wants no take-home sorts by best match and sees why the first role fits", async ({ page }) => {
  test.setTimeout(90_000);
  const role = await pickRoleWithoutTakeHome();
  const email = `best-match-${uniqueSuffix()}@backplane.test`;
  const userId = await createCandidate(email, PASSWORD);
  await withDatabase(async (client) => {
    await client.query(
      `UPDATE "CandidateProfile" SET country = 'PT', timezone = 'Europe/Lisbon', "workAuthorizations" = '{PT}',
              "salaryExpectationUsd" = $2, "minPayAmount" = $2, "minPayCurrency" = 'USD', "minPayPeriod" = 'YEAR'
        WHERE "userId" = $1`,
      [userId, role.annualUsdMin],
    );
    await client.query(`INSERT INTO "CandidateLevel" ("candidateId", "levelId") VALUES ($1, $2)`, [userId, role.levelId]);
    for (const skillId of role.skillIds) {
      await client.query(`INSERT INTO "CandidateSkill" ("candidateId", "skillId") VALUES ($1, $2)`, [userId, skillId]);
    }
  });

  // Signed out, the sort asks to sign in rather than failing.
  await page.goto("/jobs?sort=match");
  await expect(page.getByRole("link", { name: "Sign in as a candidate" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Search results" })).toBeVisible();

  await signIn(page, email, PASSWORD);
  await page.goto("/account/profile");
  await page.getByRole("checkbox", { name: "No take-home assignments" }).check();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "No take-home assignments" })).toBeChecked();

  await page.goto("/jobs?country=&tz=");
  await page.getByLabel("Sort by").selectOption({ label: "Best match for me" });
  await expect(page).toHaveURL(/sort=match/);
  const matches = page.getByRole("list", { name: "Your best matches" });
  await expect(matches).toBeVisible();

  const first = matches.getByRole("listitem").first();
  // Nothing can score higher than the fixture's role for this profile; a tie would say the same.
  const label = first.locator("summary");
  await expect(label).toHaveText(/^Strong match: eligible, (\d+) of \1 skills, pays above your floor, no take-home$/);
  await label.click();
  const why = first.getByRole("list", { name: "Why" });
  await expect(why).toContainText("The interview has no take-home assignment, as you prefer.");
  await expect(why).toContainText("You have every skill the role lists");
  await expect(why).toContainText("is a level you are looking for.");

  // The role's own page says the same.
  await first.getByRole("heading").getByRole("link").click();
  const panel = page.getByRole("region", { name: "Your match" });
  await expect(panel).toContainText("no take-home");
  await expect(panel).toContainText("The interview has no take-home assignment, as you prefer.");
});

/** The listing ids of the cards in a list, in order. */
async function cardIds(list: Locator): Promise<string[]> {
  const labels = await list.getByRole("article").evaluateAll((cards) => cards.map((c) => c.getAttribute("aria-labelledby")));
  return labels.map((label) => String(label).replace(/^listing-/, ""));
}

/** The same page of the candidate's order from the islands' endpoint, with this browser's session. */
async function apiOrder(page: Page, search: string): Promise<string[]> {
  const response = await page.request.get(`/api/me/jobs?${search}`);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { items: { card: { id: string } }[] };
  return body.items.map((item) => item.card.id);
}

test("without JavaScript, the demo candidate follows the /jobs prompt to their best matches, in order with reasons", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();

  // Signed out: the shared page links to the private one, which asks to sign in and comes back with the search.
  await page.goto("/jobs?sort=match&skill=go&limit=3");
  await page.getByRole("link", { name: "See your best matches" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await page.getByLabel("Email").fill(demo.candidate);
  await page.getByLabel("Password").fill("backplane-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account\/matches\?/);
  const first = new URL(page.url()).searchParams;
  expect(first.getAll("skill")).toEqual(["go"]);
  expect(first.get("limit")).toBe("3");

  await expect(page.getByRole("heading", { level: 1, name: "Your best matches" })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  const headers = (await page.request.get(page.url())).headers();
  expect(headers["cache-control"]).toMatch(/private/);
  expect(headers["cache-control"]).toMatch(/no-store/);

  const matches = page.getByRole("list", { name: "Your best matches" });
  await expect(matches.getByRole("listitem")).toHaveCount(3);
  // The order is the candidate's own: the one the islands get, with scores that never rise.
  expect(await cardIds(matches)).toEqual(await apiOrder(page, first.toString()));
  const points = await matches.getByText(/ points from your profile\.$/).allTextContents();
  const scores = points.map((text) => Number(/^(\d+) of/.exec(text)?.[1]));
  expect(scores).toHaveLength(3);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));

  // The label and its reasons, opened without a script (a <details>).
  const top = matches.getByRole("listitem").first();
  await expect(top.locator("summary")).toHaveText(/^(Strong|Good|Partial|Weak) match: /);
  await top.locator("summary").click();
  const why = top.getByRole("list", { name: "Why" });
  await expect(why).toBeVisible();
  // Every role in this search lists Go, which the demo candidate has.
  await expect(why).toContainText(/You have (every skill the role lists: )?[^.;]*\bGo\b/);

  // The next page carries the match cursor.
  await page.getByRole("link", { name: "Next page →" }).click();
  await expect(page).toHaveURL(/[?&]cursor=/);
  const second = new URL(page.url()).searchParams;
  expect(second.getAll("skill")).toEqual(["go"]);
  const nextIds = await cardIds(page.getByRole("list", { name: "Your best matches" }));
  expect(nextIds.length).toBeGreaterThan(0);
  expect(nextIds).toEqual(await apiOrder(page, second.toString()));
  await expect(page.getByRole("link", { name: "Back to the first page" })).toBeVisible();

  // A mangled cursor is explained, not a server error.
  const mangled = await page.goto("/account/matches?cursor=bm90LWEtY3Vyc29y");
  expect(mangled?.status()).toBe(200);
  await expect(page.getByRole("alert")).toContainText("cursor");
  await page.getByRole("link", { name: "Start from the first page of this search" }).click();
  await expect(page.getByRole("list", { name: "Your best matches" })).toBeVisible();
  await context.close();

  // An employer is told the page is for candidates.
  const employerContext = await browser.newContext({ javaScriptEnabled: false });
  const employer = await employerContext.newPage();
  await signInWithoutScripts(employer, demo.employer);
  const refused = await employer.goto("/account/matches");
  expect(refused?.status()).toBe(200);
  await expect(employer.getByRole("heading", { name: "Candidate accounts only" })).toBeVisible();
  await employerContext.close();
});
