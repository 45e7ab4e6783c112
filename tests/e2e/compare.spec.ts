import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./fixtures";

// Listings side by side (/jobs/compare, decision 031): picked from the saved roles, readable on a phone
// without the page scrolling sideways and without JavaScript, and a mangled link answered in words.

/** Slugs of the newest open roles, read from /jobs so the spec follows whatever other specs changed. */
async function openSlugs(page: Page, count: number): Promise<string[]> {
  await page.goto("/jobs");
  const links = page.locator("article.listing-card h2 a, article.listing-card h3 a");
  await expect(links.nth(count - 1)).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return hrefs.slice(0, count).map((path) => path.replace(/^\/jobs\//, ""));
}

test("the demo candidate ticks two saved roles and compares them side by side", async ({ page }) => {
  await signIn(page, demo.candidate);
  await page.goto("/account/saved");
  const boxes = page.getByRole("checkbox", { name: /^Compare / });
  await expect(boxes.nth(1)).toBeVisible();
  const titles = await Promise.all(
    [0, 1].map(async (n) => (await boxes.nth(n).getAttribute("aria-label"))!.replace(/^Compare /, "")),
  );
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByRole("button", { name: "Compare selected" }).click();

  await expect(page).toHaveURL(/\/jobs\/compare\?ids=[^&]+&ids=/);
  await expect(page.getByRole("heading", { level: 1, name: "Compare roles" })).toBeVisible();
  const table = page.getByRole("table");
  for (const title of titles) await expect(table.getByRole("columnheader", { name: title })).toBeVisible();
  // Every group of the glance block is a row, and each row has a cell per role.
  for (const term of [
    "Pay",
    "Who can apply",
    "Scale",
    "Ownership",
    "Team",
    "On-call",
    "Interview loop",
    "How decisions are made",
  ]) {
    const row = table
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${term}(\\s*Differs)?$`) }) });
    await expect(row.getByRole("cell")).toHaveCount(2);
  }
  // A row where the two differ says so in words.
  await expect(table.locator("tr[data-differs=true]").first().getByText("Differs")).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});

test("on a 390 px phone without JavaScript, the table scrolls inside its frame and the facts' names stay put", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
  const page = await context.newPage();
  const slugs = await openSlugs(page, 4);
  await page.goto(`/jobs/compare?ids=${slugs.join(",")}`);
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveCount(5);

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const frame = page.getByRole("region", { name: /roles side by side/ });
  const inner = await frame.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(inner).toBeGreaterThan(0);

  const rowHeader = table.getByRole("rowheader", { name: /^Pay/ }).first();
  const before = (await rowHeader.boundingBox())!.x;
  await frame.evaluate((el) => el.scrollBy({ left: 400 }));
  expect((await rowHeader.boundingBox())!.x).toBe(before);
  await expect(rowHeader).toBeInViewport();
  await context.close();
});

test("a mangled, stale or oversized link is answered on the page, never with an error", async ({ page }) => {
  const [a, b, c, d, e] = await openSlugs(page, 5);

  let response = await page.goto(`/jobs/compare?ids=${b},${a},no-such-role,${a}`);
  expect(response!.status()).toBe(200);
  await expect(page.getByText("1 of these listings could not be found.")).toBeVisible();
  await expect(page.getByText("1 role was named twice; each is shown once.")).toBeVisible();
  await expect(page.getByRole("table").getByRole("columnheader")).toHaveCount(3);
  // The canonical URL names the set once, sorted.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    new RegExp(`/jobs/compare\\?ids=${[a, b, "no-such-role"].sort().join(",")}$`),
  );

  response = await page.goto(`/jobs/compare?ids=${[a, b, c, d, e].join(",")}`);
  expect(response!.status()).toBe(200);
  await expect(page.getByText("You can compare up to 4 roles at a time; this link names 5.", { exact: false })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);

  response = await page.goto(`/jobs/compare?ids=${a},%3Cscript%3E,A%20B`);
  expect(response!.status()).toBe(200);
  await expect(page.getByText("2 of the ids in this link are not valid and left out.")).toBeVisible();
  await expect(page.getByText("Comparing needs two to 4 open roles.", { exact: false })).toBeVisible();
});
