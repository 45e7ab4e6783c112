import { expect, type Page } from "@playwright/test";

// The demo accounts the seed creates (README "Demo accounts").
const DEMO_PASSWORD = "backplane-demo";
export const demo = {
  candidate: "candidate@backplane.test",
  employer: "employer@backplane.test",
  admin: "admin@backplane.test",
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await submitSignIn(page, email, password);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/** For a page without JavaScript: the shared header cannot show who is signed in, so wait for the redirect. */
export async function signInWithoutScripts(page: Page, email: string, password = DEMO_PASSWORD) {
  await submitSignIn(page, email, password);
  await expect(page).not.toHaveURL(/\/sign-in/);
}

async function submitSignIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}

/** Unique per run, so reruns against a reused database never collide. */
export function uniqueSuffix() {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/** Signs up as a candidate through the form; the answer is "check your inbox" (no session). */
export async function signUpCandidate(page: Page, name: string, email: string, password: string) {
  await page.goto("/sign-up");
  await page.getByText("Looking for a role").click();
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
}
