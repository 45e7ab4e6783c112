import { expect, test, type Page } from "@playwright/test";
import { DEMO_COMPANY_SLUG } from "../../prisma/seed/companies";
import { anchorFor } from "../../prisma/seed/lifecycle";
import { generateListings } from "../../prisma/seed/listings";

// Phones (390 px) and density: results before filters, a sticky apply bar, readable chart axes, and
// controls that list each choice once.

const live = generateListings(anchorFor(new Date())).find(
  (l) => l.status === "PUBLISHED" && l.companySlug === DEMO_COMPANY_SLUG,
)!.slug;

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const javaScriptEnabled of [true, false]) {
    test(`the search shows results first, filters behind "Filters (n)" (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto("/jobs?level=staff&country=&tz=");
      const results = page.getByRole("heading", { level: 2, name: /roles? (match|open)$/ });
      await expect(results).toBeInViewport();
      await expect(page.getByRole("list", { name: "Search results" }).getByRole("article").first()).toBeInViewport();
      const seniority = page.getByRole("group", { name: "Seniority" });
      await expect(seniority).toBeHidden();

      // One filter is set; the disclosure says so and opens without a script.
      await page.getByText("Filters (1)").click();
      await expect(seniority).toBeVisible();
      await expect(seniority.getByRole("checkbox", { checked: true })).toHaveCount(1);
      await expectNoHorizontalScroll(page);
      await context.close();
    });
  }

  test("a keyboard user can skip past the filters to the results", async ({ page }) => {
    await page.goto("/jobs");
    const skip = page.getByRole("link", { name: "Skip to results" });
    await page.getByRole("button", { name: "Search", exact: true }).focus();
    await page.keyboard.press("Tab");
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#results$/);
    await expect(page.getByRole("heading", { level: 2, name: /roles? (match|open)$/ })).toBeInViewport();
  });

  test("a listing keeps an apply bar in view that leads to the apply box", async ({ page }) => {
    await page.goto(`/jobs/${live}`);
    const bar = page.locator("[data-apply-bar]");
    await expect(bar).toBeInViewport();
    const box = await bar.boundingBox();
    expect(box!.y + box!.height).toBeGreaterThan(844 - 2);
    await page.mouse.wheel(0, 1500);
    await expect(bar).toBeInViewport();
    await bar.getByRole("link", { name: "Apply" }).click();
    await expect(page).toHaveURL(/#apply$/);
    await expect(page.getByRole("heading", { level: 2, name: "Apply" })).toBeInViewport();
    await expectNoHorizontalScroll(page);
  });

  test("chart axis labels do not run into each other", async ({ page }) => {
    for (const path of ["/salaries", `/jobs/${live}`]) {
      await page.goto(path);
      const boxes = await page.locator("svg[data-chart]").evaluateAll((charts) =>
        charts.map((chart) =>
          [...chart.querySelectorAll("[data-axis-label]")]
            .map((label) => label.getBoundingClientRect())
            .filter((r) => r.width > 0)
            .map((r) => ({ left: r.left, right: r.right })),
        ),
      );
      expect(boxes.length, path).toBeGreaterThan(0);
      for (const labels of boxes) {
        expect(labels.length, path).toBeGreaterThan(1);
        labels.slice(1).forEach((label, i) => expect(label.left, path).toBeGreaterThan(labels[i]!.right + 4));
      }
      await expectNoHorizontalScroll(page);
    }
  });
});

test("on a wide screen the filters are an open sidebar", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/jobs");
  await expect(page.getByRole("group", { name: "Seniority" })).toBeVisible();
  await expect(page.getByText(/^Filters/)).toBeHidden();
});

test("the sort lists each order once, relevance only for a text search, the personal order always", async ({ page }) => {
  const options = async () => page.getByLabel("Sort by").locator("option").allTextContents();
  await page.goto("/jobs");
  expect(await options()).toEqual(["Newest", "Highest pay", "Best match for me"]);
  await page.goto("/jobs?q=kafka");
  expect(await options()).toEqual(["Best match", "Newest", "Highest pay", "Best match for me"]);
  await page.getByLabel("Sort by").selectOption("Highest pay");
  await expect(page).toHaveURL(/sort=pay/);
});

test("the country is typed or picked by name, and suggestions come in alphabetical order", async ({ page }) => {
  await page.goto("/jobs");
  const country = page.getByLabel("Your country");
  // The suggestions load on focus once the page has hydrated; a focus before that does nothing, so focus again.
  const options = page.locator("#search-country-options option");
  await expect
    .poll(async () => {
      await country.blur();
      await country.focus();
      return options.count();
    })
    .toBeGreaterThan(200);
  const suggestions = await page
    .locator("#search-country-options option")
    .evaluateAll((o) => o.map((option) => (option as HTMLOptionElement).value));
  expect(suggestions.length).toBeGreaterThan(200);
  expect(suggestions).toEqual([...suggestions].sort((a, b) => a.localeCompare(b, "en")));
  await country.fill("Portugal");
  await country.press("Enter");
  await expect(page).toHaveURL(/country=PT/);
  await expect(page.getByRole("link", { name: "Remove filter: From Portugal" })).toBeVisible();
  await expect(country).toHaveValue("Portugal");
});

test("without JavaScript a country typed by name filters the same way", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/jobs");
  await page.getByLabel("Your country").fill("portugal");
  await page.getByRole("button", { name: "Show roles" }).click();
  await expect(page.getByRole("link", { name: "Remove filter: From Portugal" })).toBeVisible();
  await expect(page.getByLabel("Your country")).toHaveValue("Portugal");
  await context.close();
});
