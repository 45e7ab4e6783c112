import { expect, test } from "@playwright/test";
import { demo, signIn, signUpCandidate, uniqueSuffix } from "./fixtures";
import { waitForMail } from "./mailbox";

// Accounts through their mail, against the production build: the mail really leaves over SMTP and is read
// from the end-to-end run's mailbox (tests/e2e/mailbox.ts).

test("forgot password → reset from the mail → the old session is refused", async ({ page, browser }) => {
  const email = `e2e-reset-${uniqueSuffix()}@example.test`;
  await signUpCandidate(page, "Ren Reset", email, "the first password");
  await signIn(page, email, "the first password");

  // Elsewhere, someone with access to the mailbox resets the password.
  const other = await browser.newContext();
  const resetter = await other.newPage();
  await resetter.goto("/sign-in");
  await resetter.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(resetter.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await resetter.getByLabel("Email").fill(email);
  await resetter.getByRole("button", { name: "Send me a link" }).click();
  await expect(resetter.getByRole("status")).toContainText("we sent it a link");

  const { links } = await waitForMail(email, /^Choose a new password$/);
  await resetter.goto(links.find((link) => link.includes("/reset-password/"))!);
  await resetter.getByLabel(/^New password(?! again)/).fill("the second password");
  await resetter.getByLabel("New password again").fill("the second password");
  await resetter.getByRole("button", { name: "Set the new password" }).click();
  await expect(resetter).toHaveURL(/\/sign-in\?reset=done$/);
  await expect(resetter.getByText("Your password is changed")).toBeVisible();
  await signIn(resetter, email, "the second password");
  await waitForMail(email, /^Your password was changed$/);

  // The first browser's session ended with the reset.
  await page.reload();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);

  // The link worked once.
  await resetter.goto(links.find((link) => link.includes("/reset-password/"))!);
  await expect(resetter.getByRole("heading", { name: "This link was already used." })).toBeVisible();
  await other.close();
});

test("signing up with a taken address answers the same, and the owner is told by mail", async ({ page }) => {
  await signUpCandidate(page, "Someone Else", demo.candidate, "a long enough password");
  await expect(page.getByRole("status")).toContainText(`we sent a message to ${demo.candidate}`);
  await waitForMail(demo.candidate, /^Someone tried to sign up with your address$/);
});

test("the dev mailbox does not exist in a production build", async ({ request }) => {
  expect((await request.get("/dev/mailbox")).status()).toBe(404);
  expect((await request.get("/dev/mailbox/anything")).status()).toBe(404);
});
