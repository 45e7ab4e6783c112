import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { createCandidate, setAccountStatus } from "./database";
import { signIn, uniqueSuffix } from "./fixtures";

// Issue 8, defect 3: a session ends on the server. A cookie copied before sign-out, a password change, a
// suspension or "sign out everywhere" no longer opens a private page. /settings/security lists the
// signed-in devices and ends them.

const PASSWORD = "a passphrase only this test knows";

async function newUser() {
  const email = `sessions-${uniqueSuffix()}@example.test`;
  await createCandidate(email, PASSWORD);
  return email;
}

/** Another browser holding a copy of the page's cookies, as a thief would. */
async function replayCookies(browser: Browser, page: Page): Promise<BrowserContext> {
  const thief = await browser.newContext();
  await thief.addCookies(await page.context().cookies());
  return thief;
}

async function expectSignedIn(context: BrowserContext, signedIn: boolean) {
  const page = await context.newPage();
  await page.goto("/account/applications");
  if (signedIn) await expect(page.getByRole("heading", { name: "My applications" })).toBeVisible();
  else await expect(page).toHaveURL(/\/sign-in/);
  await page.close();
}

test("changing the password ends every other session; this browser stays signed in", async ({ page, browser }) => {
  const email = await newUser();
  await signIn(page, email, PASSWORD);
  const thief = await replayCookies(browser, page);
  const laptop = await browser.newContext();
  await signIn(await laptop.newPage(), email, PASSWORD);
  await expectSignedIn(thief, true);

  // Make the thief's copy a different session from this browser's: sign in again here.
  await page.context().clearCookies();
  await signIn(page, email, PASSWORD);
  await page.goto("/settings/security");
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByRole("textbox", { name: "New password", exact: true }).fill("password123");
  await page.getByRole("textbox", { name: "New password again" }).fill("password123");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText(/one of the most common ones/)).toBeVisible();

  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByRole("textbox", { name: "New password", exact: true }).fill("a brand new long passphrase");
  await page.getByRole("textbox", { name: "New password again" }).fill("a brand new long passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Password changed." })).toHaveText(
    "Password changed. 2 other sessions signed out.",
  );

  await expectSignedIn(thief, false);
  await expectSignedIn(laptop, false);
  await expectSignedIn(page.context(), true);
  await thief.close();
  await laptop.close();
});

test("a wrong current password changes nothing", async ({ page }) => {
  const email = await newUser();
  await signIn(page, email, PASSWORD);
  await page.goto("/settings/security");
  await page.getByLabel("Current password").fill("not the password");
  await page.getByRole("textbox", { name: "New password", exact: true }).fill("a brand new long passphrase");
  await page.getByRole("textbox", { name: "New password again" }).fill("a brand new long passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");
  await page.context().clearCookies();
  await signIn(page, email, PASSWORD);
});

test("suspending the account ends its sessions at once", async ({ page, browser }) => {
  const email = await newUser();
  await signIn(page, email, PASSWORD);
  const thief = await replayCookies(browser, page);
  await setAccountStatus(email, "SUSPENDED");
  await expectSignedIn(thief, false);
  await expectSignedIn(page.context(), false);
  await thief.close();
});

test("the session list shows each signed-in browser; one can be signed out from another, or all at once", async ({
  page,
  browser,
}) => {
  const email = await newUser();
  const phone = await browser.newContext({ userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1" });
  await signIn(await phone.newPage(), email, PASSWORD);
  const tablet = await browser.newContext();
  await signIn(await tablet.newPage(), email, PASSWORD);
  await signIn(page, email, PASSWORD);

  await page.goto("/settings/security");
  const sessions = page.getByRole("region", { name: "Signed-in devices" }).getByRole("listitem");
  await expect(sessions).toHaveCount(3);
  await expect(sessions.filter({ hasText: "This browser" })).toHaveCount(1);
  const phoneRow = sessions.filter({ hasText: "Safari on iOS" });
  await expect(phoneRow).toContainText("from 127.0.0.1");
  await phoneRow.getByRole("button", { name: /Sign out/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "That session is signed out." })).toBeVisible();
  await expect(sessions).toHaveCount(2);
  await expectSignedIn(phone, false);
  await expectSignedIn(tablet, true);

  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expectSignedIn(tablet, false);
  await expectSignedIn(page.context(), false);
  await phone.close();
  await tablet.close();
});

test("signed-out visitors are sent to sign in, and back here afterwards", async ({ page }) => {
  const email = await newUser();
  await page.goto("/settings/security");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings%2Fsecurity/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/settings\/security$/);
  await expect(page.getByRole("heading", { level: 1, name: "Security" })).toBeVisible();
});
