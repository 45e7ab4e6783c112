import { expect, test } from "@playwright/test";

const widths = [390, 1440];

for (const width of widths) {
  test(`home, a listing and the role profile read well at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });

    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const firstListing = page
      .getByRole("main")
      .getByRole("link")
      .filter({ hasText: /Architect|Engineer|Head/ })
      .first();
    await expect(firstListing).toBeVisible();
    await expectNoHorizontalScroll(page);

    await firstListing.click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "About the role" })).toBeVisible();
    await expectNoHorizontalScroll(page);

    await page.goto("/roles/remote-backend-architect");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoHorizontalScroll(page);
  });
}

test("the role profile answers its FAQ without JavaScript and links to listings per level", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/roles/remote-backend-architect");
  const question = page.locator("summary").first();
  await question.click();
  await expect(page.locator("details[open]").first()).toBeVisible();
  const levelLink = page.getByRole("link", { name: /\d+ open roles? at this level/ }).first();
  const count = Number((await levelLink.textContent())!.match(/\d+/)![0]);
  await levelLink.click();
  await expect(page).toHaveURL(/\?level=/);
  await expect(page.getByRole("main")).toContainText(String(count));
  await context.close();
});

test("a keyboard user can skip to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

async function expectNoHorizontalScroll(page: import("@playwright/test").Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("the files browsers ask the site root for without a link are there, drawn from the logo", async ({ request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  const ico = await favicon.body();
  // ICONDIR: reserved 0, type 1 (icon), three images; the first is a PNG.
  expect(ico.readUInt16LE(0)).toBe(0);
  expect(ico.readUInt16LE(2)).toBe(1);
  expect(ico.readUInt16LE(4)).toBe(3);
  const firstImage = ico.subarray(ico.readUInt32LE(6 + 12));
  expect(firstImage.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");

  const touch = await request.get("/apple-touch-icon.png");
  expect(touch.status()).toBe(200);
  expect(touch.headers()["content-type"]).toBe("image/png");
  const png = await touch.body();
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  // IHDR width and height: 180 × 180.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([180, 180]);
});
