import { expect, test, type Page } from "@playwright/test";
import { demo, signIn, signInWithoutScripts } from "./fixtures";

// A candidate narrows the demo data to Staff roles they can take, above a pay floor, and opens one:
// with JavaScript (filters apply in place, back/forward work) and without it (the plain GET form).

const STAFF = /^Staff backend engineer \/ backend architect \(\d+\)$/;

async function resultCount(page: Page): Promise<number> {
  const heading = page.getByRole("heading", { level: 2, name: /roles? (match|open)$/ });
  return Number((await heading.textContent())!.match(/\d+/)![0]);
}

async function openFirstResultAndSeeVerdict(page: Page, { scripts = true } = {}) {
  const first = page.getByRole("list", { name: "Search results" }).getByRole("listitem").first().getByRole("link").first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  if (!scripts) {
    // The verdict is the visitor's own (an island); without scripts the apply page shows it.
    await page.getByRole("link", { name: "Sign in to apply" }).click();
    await expect(page).toHaveURL(/\/apply$/);
    await expect(page.getByRole("heading", { level: 1, name: `Apply: ${title}` })).toBeVisible();
  }
  const verdict = page.getByRole("region", { name: "Your eligibility" });
  // The filters kept only roles open to Portugal with enough overlap; the candidate may work in the EU.
  await expect(verdict).toContainText("Eligible");
  await expect(verdict).toContainText("You can take this role from where you are.");
}

test("a candidate narrows the roles to eligible Staff roles above a pay floor, in place", async ({ page }) => {
  await signIn(page, demo.candidate);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Jobs" }).click();
  // The profile's country and timezone become the starting filters, written into the URL.
  await expect(page).toHaveURL(/\/jobs\?.*country=PT.*tz=Europe%2FLisbon/);
  await expect(page.getByLabel("Your country")).toHaveValue("Portugal");
  const everyone = await resultCount(page);

  await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
  await page.getByRole("checkbox", { name: STAFF }).check();
  await expect(page).toHaveURL(/level=staff/);
  const staff = await resultCount(page);
  expect(staff).toBeLessThan(everyone);

  await page.getByLabel("Minimum pay (USD a year)").fill("200000");
  await page.getByLabel("Minimum pay (USD a year)").press("Enter");
  await expect(page).toHaveURL(/minPay=200000/);
  await expect(page.getByRole("link", { name: "Remove filter: At least $200,000" })).toBeVisible();
  const narrowed = await resultCount(page);
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThanOrEqual(staff);
  // Filters applied without a full page load.
  expect(await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);

  // Back undoes the last filter, and the form follows the URL.
  await page.goBack();
  await expect(page).not.toHaveURL(/minPay=/);
  await expect(page.getByLabel("Minimum pay (USD a year)")).toHaveValue("");
  await expect(page.getByRole("checkbox", { name: STAFF })).toBeChecked();
  await page.goForward();
  await expect(page).toHaveURL(/minPay=200000/);

  await openFirstResultAndSeeVerdict(page);
});

test("without JavaScript the same search works through the plain form", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInWithoutScripts(page, demo.candidate);
  await page.goto("/jobs");
  // The page is the same for everyone; without scripts, a link asks the server for the profile's defaults.
  await expect(page).not.toHaveURL(/country=/);
  await page.getByRole("link", { name: "Signed in? Use your profile's country and timezone" }).click();
  await expect(page).toHaveURL(/\/jobs\?.*country=PT.*tz=Europe%2FLisbon/);
  await expect(page.getByLabel("Your country")).toHaveValue("Portugal");
  await page.getByRole("checkbox", { name: STAFF }).check();
  await page.getByLabel("Minimum pay (USD a year)").fill("200000");
  await page.getByRole("button", { name: "Show roles" }).click();
  await expect(page).toHaveURL(/level=staff/);
  await expect(page).toHaveURL(/minPay=200000/);
  await expect(page.getByRole("checkbox", { name: STAFF })).toBeChecked();
  expect(await resultCount(page)).toBeGreaterThan(0);
  await openFirstResultAndSeeVerdict(page, { scripts: false });
  await context.close();
});

test("a search that matches nothing offers a way out", async ({ page }) => {
  await page.goto("/jobs?q=zzyzx-no-such-role&country=&tz=");
  await expect(page.getByRole("heading", { name: "No roles match all of these filters" })).toBeVisible();
  await page.getByRole("link", { name: "Show every open role" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /roles open$/ })).toBeVisible();
  expect(await resultCount(page)).toBeGreaterThan(0);
});

test("a misspelt search suggests the word it resembles, keeping the filters", async ({ page }) => {
  await page.goto("/jobs?q=kafak&level=staff&country=&tz=");
  await expect(page.getByRole("heading", { name: "No roles match all of these filters" })).toBeVisible();
  await expect(page.getByText("Did you mean kafka?")).toBeVisible();
  const suggestion = page.getByRole("link", { name: "kafka", exact: true });
  const href = new URL((await suggestion.getAttribute("href"))!, page.url());
  expect(href.pathname).toBe("/jobs");
  expect(href.searchParams.get("q")).toBe("kafka");
  expect(href.searchParams.getAll("level")).toEqual(["staff"]);

  await suggestion.click();
  await expect(page).toHaveURL(/q=kafka&/);
  await expect(page.getByRole("heading", { level: 2, name: /roles? match$/ })).toBeVisible();
  expect(await resultCount(page)).toBeGreaterThan(0);
  await expect(page.getByText(/Did you mean/)).toHaveCount(0);

  // Without filters too, and a word that resembles nothing gets no suggestion.
  await page.goto("/jobs?q=kafak");
  await expect(page.getByRole("link", { name: "kafka", exact: true })).toBeVisible();
  await page.goto("/jobs?q=zzyzx&country=&tz=");
  await expect(page.getByRole("heading", { name: "No roles match all of these filters" })).toBeVisible();
  await expect(page.getByText(/Did you mean/)).toHaveCount(0);
});
