import { expect, test } from "@playwright/test";
import { createCandidate, withDatabase } from "./database";
import { signIn, uniqueSuffix } from "./fixtures";

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
