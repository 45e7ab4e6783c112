import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { demo, signIn } from "./fixtures";

// Issue 10's last parts in a real browser: logos and initials on the company page and cards, the
// employer's logo upload (a real image accepted, a renamed text file refused beside the field), and the
// listing's figures. Screenshots at phone and desktop width go to test-results/screens/ for review.

const WIDTHS = [390, 1440] as const;

async function screens(page: Page, name: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
  }
}

/** A logo <img> that really loaded: the browser decoded it at its stored size. */
async function decodedWidth(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth));
}

test("a company page shows its logo and profile; one without a logo shows initials", async ({ page }) => {
  await page.goto("/companies/ledgerline");
  await expect(page.getByRole("heading", { level: 1, name: "Ledgerline" })).toBeVisible();
  expect(await decodedWidth(page, 'article header img[src^="/logos/"]')).toBe(128);
  await expect(page.getByText("Fully remote · mostly async · 2 offsites a year")).toBeVisible();
  await expect(page.getByText("Dublin, Ireland")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Benefits" })).toBeVisible();
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(jsonLd).toMatchObject({
    "@type": "Organization",
    location: "Dublin, Ireland",
    logo: expect.stringMatching(/\/logos\//),
  });
  await screens(page, "company-page");

  await page.goto("/companies/quayside-markets");
  await expect(page.locator("article header img")).toHaveCount(0);
  await expect(page.locator('article header span[aria-hidden="true"]')).toHaveText("QM");
});

test("the employer uploads a logo, a renamed text file is refused, and the listing shows its figures", async ({ page }) => {
  await signIn(page, demo.employer);
  await page.goto("/employer/company");
  await page
    .locator("#logo-file")
    .setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("this is text, not a picture") });
  await page.getByRole("button", { name: "Upload logo" }).click();
  await expect(page.getByText(/not a PNG, JPEG or WebP image/)).toBeVisible();

  const png = await sharp({ create: { width: 300, height: 300, channels: 3, background: "#c2410c" } })
    .png()
    .toBuffer();
  await page.locator("#logo-file").setInputFiles({ name: "new.png", mimeType: "image/png", buffer: png });
  await page.getByRole("button", { name: "Upload logo" }).click();
  await expect(page.getByText(/^Logo saved/)).toBeVisible();
  expect(await decodedWidth(page, 'section[aria-labelledby="logo-heading"] img[src^="/logos/"]')).toBe(128);

  await page.goto("/employer/listings");
  // A published listing has figures (the seed gave the demo's views per day).
  await page
    .getByRole("list", { name: "Listings" })
    .getByRole("listitem")
    .filter({ hasText: "Published" })
    .first()
    .getByRole("heading")
    .getByRole("link")
    .click();
  const stats = page.locator("#stats");
  await expect(stats.getByRole("heading", { name: "Views and applications" })).toBeVisible();
  await expect(stats.getByText("Apply rate")).toBeVisible();
  await stats.getByText("Numbers by day").click();
  await expect(stats.getByRole("table")).toBeVisible();
  await stats.getByText("Numbers by day").click();
  await screens(page, "employer-listing");
});
