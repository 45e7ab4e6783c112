import { expect, test, type Locator, type Page } from "@playwright/test";

// The salary page on the demo data: charts with titles, tables with the drawn numbers, groups too small
// for a band, and the journey from the role profile to a band to a listing's position in it.

/** The numbers a chart row draws (its data-* attributes) and the cells of the table row with the same key. */
async function rowNumbers(page: Page, chartId: string) {
  return page.evaluate((id) => {
    const fields = ["count", "min", "p25", "median", "p75", "max"];
    const table = document.querySelector(`table[data-band-table="${id}-table"]`)!;
    return [...document.querySelectorAll(`svg[data-chart="${id}"] g[data-band]`)].map((group) => {
      const key = group.getAttribute("data-band")!;
      const row = [...table.querySelectorAll("tr[data-band]")].find((tr) => tr.getAttribute("data-band") === key);
      const drawn = Object.fromEntries(fields.map((f) => [f, group.getAttribute(`data-${f}`)]));
      const cells = Object.fromEntries(
        fields.map((f) => [f, row?.querySelector(`td[data-field="${f}"]`)?.textContent?.replace(/[$,]/g, "") ?? null]),
      );
      return { key, drawn, cells };
    });
  }, chartId);
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function expectBoxAtQuartiles(chart: Locator, group: Locator) {
  const [lo, hi] = [Number(await chart.getAttribute("data-domain-min")), Number(await chart.getAttribute("data-domain-max"))];
  const [p25, p75] = [Number(await group.getAttribute("data-p25")), Number(await group.getAttribute("data-p75"))];
  // Rendered geometry, not attributes: the box's left and right edges sit at p25 and p75 on the axis.
  const plot = (await chart.boundingBox())!;
  const box = (await group.locator('[data-part="box"]').boundingBox())!;
  const at = (usd: number) => plot.x + plot.width * ((1.5 + ((usd - lo) / (hi - lo)) * 97) / 100);
  expect(Math.abs(box.x - at(p25))).toBeLessThan(2);
  expect(Math.abs(box.x + box.width - at(p75))).toBeLessThan(2);
}

test.describe("the salary page", () => {
  test("draws each level's band with a title, and its table lists exactly the drawn numbers", async ({ page }) => {
    await page.goto("/salaries");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("What remote backend architects are paid");
    const chart = page.locator('svg[data-chart="chart-levels"]');
    await expect(chart).toHaveAttribute("role", "img");
    await expect(page.getByRole("img", { name: "Pay by seniority level" })).toBeVisible();
    await expect(chart.locator("title")).toHaveText("Pay by seniority level");

    const rows = await rowNumbers(page, "chart-levels");
    expect(rows.length).toBe(4);
    for (const row of rows) {
      expect(row.drawn.median, row.key).toMatch(/^\d+$/);
      expect(row.cells).toEqual(row.drawn);
      await expectBoxAtQuartiles(chart, chart.locator(`g[data-band="${row.key}"]`));
    }
    // The reference ranges from the seed document are shown beside the bands.
    await expect(page.getByText("$190,000 – $290,000")).toBeVisible();
    await expect(page.getByText("$350,000 – $550,000")).toBeVisible();
  });

  test("says 'not enough data' for a group with fewer than five listings, in the chart and the table", async ({ page }) => {
    await page.goto("/salaries");
    const thin = page.locator("g[data-band]:not([data-median])").first();
    await expect(thin).toBeAttached();
    const key = (await thin.getAttribute("data-band"))!;
    expect(Number(await thin.getAttribute("data-count"))).toBeLessThan(5);
    await expect(thin).toContainText("Not enough data");
    const cell = page.locator(`tr[data-band="${key}"] td[data-field="not-enough-data"]`).first();
    await expect(cell).toContainText(`Not enough data: ${await thin.getAttribute("data-count")} listing`);
    // Every table on the page agrees with its chart.
    for (const chartId of await page
      .locator("svg[data-chart]")
      .evaluateAll((svgs) => svgs.map((s) => s.getAttribute("data-chart")!))) {
      for (const row of await rowNumbers(page, chartId)) expect(row.cells, `${chartId} ${row.key}`).toEqual(row.drawn);
    }
  });

  test("reads fully without JavaScript and fits a phone screen", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    await page.goto("/salaries");
    await expect(page.getByRole("table", { name: /Pay by industry/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "How the numbers are made" })).toBeVisible();
    await expect(page.getByText(/fixed reference exchange rates dated/)).toBeVisible();
    await expectNoHorizontalScroll(page);
    await context.close();
  });
});

test("a candidate goes from the role profile to a level's salary band to a listing at that level and sees its band position", async ({
  page,
}) => {
  await page.goto("/roles/remote-backend-architect");
  await page.getByRole("link", { name: "Salary band for Staff backend engineer / backend architect" }).click();
  await expect(page).toHaveURL(/\/salaries#level-staff$/);
  const section = page.locator("#level-staff");
  await expect(section.getByRole("heading", { name: "Staff backend engineer / backend architect", level: 3 })).toBeVisible();
  const median = (await section.locator("[data-level-band]").textContent())!.match(/Median \$([\d,]+)/)![1];
  // The level's own row in the overview chart shows the same median.
  const staffRow = page.locator('svg[data-chart="chart-levels"] g[data-band]').nth(1);
  expect(Number(await staffRow.getAttribute("data-median")).toLocaleString("en-US")).toBe(median);

  await section.getByRole("link", { name: "Open roles at this level" }).click();
  await expect(page).toHaveURL(/level=staff/);
  await page.getByRole("main").locator('a[href^="/jobs/"]').first().click();
  await expect(page.getByText("Staff backend engineer / backend architect").first()).toBeVisible();

  const position = page.getByRole("region", { name: "Compared with similar roles" });
  await expect(position).toBeVisible();
  await expect(position.locator("[data-band-headline]")).toHaveText(
    /^Pays (more than \d+% of comparable listings|more than every comparable listing|at or below the lowest comparable listings)$/,
  );
  await expect(position.getByRole("img", { name: "This listing's pay against comparable listings" })).toBeVisible();
  await expect(position.getByText(/Staff backend engineer \/ backend architect listings?/)).toBeVisible();
  await position.getByRole("link", { name: "See all salary bands for this level" }).click();
  await expect(page).toHaveURL(/\/salaries#level-staff$/);
});

test("a listing page fits a phone screen with its band position", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto("/?level=senior");
  await page.getByRole("main").locator('a[href^="/jobs/"]').first().click();
  await expect(page.getByRole("region", { name: "Compared with similar roles" })).toBeVisible();
  await expectNoHorizontalScroll(page);
});
