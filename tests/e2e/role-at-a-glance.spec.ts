import { expect, test } from "@playwright/test";
import { demo, signIn, uniqueSuffix } from "./fixtures";

// The role at a glance (decision 031) in the browser: the posting form's facts and its meter, a refused
// value shown beside its field with the input kept, the preview's glance block, and the /jobs filters.

const suffix = uniqueSuffix();

test("an employer states the facts, sees the meter, fixes a refused value and previews the glance block", async ({ page }) => {
  test.setTimeout(120_000);
  const title = `Principal Ledger Architect ${suffix}`;
  await signIn(page, demo.employer);
  await page.goto("/employer/listings/new");
  await page.getByLabel("Job title").fill(title);
  await page.getByLabel("Seniority level").selectOption({ index: 1 });
  await page
    .getByLabel("Description")
    .fill(
      "You will own the ledger every product team relies on: the data model of balances, idempotent " +
        "processing of bank files, the reconciliation reports finance signs off, and the reliability targets " +
        "the platform commits to. You will write the decision records.",
    );
  await page.getByLabel("Salary from").fill("210000");
  await page.getByLabel("Salary to").fill("260000");
  await page
    .getByRole("group", { name: "Regions" })
    .getByRole("checkbox", { name: /^Asia-Pacific/ })
    .check();
  await page.getByRole("group", { name: "Work authorisation (required)" }).getByRole("radio").first().check();
  await page.getByRole("group", { name: "Engagement (required)" }).getByRole("radio").first().check();
  await page.getByRole("checkbox", { name: "Kafka", exact: true }).check();

  const facts = page.getByRole("region", { name: "The role at a glance" });
  await expect(facts.getByText("0 of 14 facts stated")).toBeVisible();
  await facts.getByLabel("Kind of work").selectOption("GREENFIELD");
  await facts.getByLabel("On-call", { exact: true }).selectOption("NONE");
  await facts.getByLabel("Take-home assignment").selectOption("NONE");
  await facts.getByLabel("Team size").fill("4");
  await facts.getByLabel("Stages, in order").fill("Hiring manager call\nSystem design\nX");
  await expect(facts.getByText("5 of 14 facts stated")).toBeVisible();

  await page.getByRole("button", { name: "Save as draft" }).click();
  // The one-letter stage is refused beside its field; everything typed is still there.
  await expect(page.getByText("Stage 3: use 2–60 characters.").first()).toBeVisible();
  await expect(page.getByLabel("Stages, in order")).toHaveValue("Hiring manager call\nSystem design\nX");
  await expect(page.getByLabel("Team size")).toHaveValue("4");
  await page.getByLabel("Stages, in order").fill("Hiring manager call\nSystem design\nTeam panel");
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page).toHaveURL(/\/employer\/listings\/[^/?]+\?done=saved$/);

  await page.getByRole("link", { name: "Preview" }).click();
  const glance = page.getByRole("region", { name: "The role at a glance" });
  await expect(glance.getByText("3 stages: Hiring manager call → System design → Team panel")).toBeVisible();
  await expect(glance.getByText("No on-call")).toBeVisible();
  await expect(glance.getByText("Not stated").first()).toBeVisible();
  await expect(page.getByText(/Candidates will miss: peak traffic/)).toBeVisible();
});

test("/jobs filters on the facts with counts, and the chip names the filter", async ({ page }) => {
  await page.goto("/jobs?takeHome=none&onCall=none");
  await expect(page.getByRole("link", { name: "Remove filter: No take-home" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Remove filter: No on-call" })).toBeVisible();
  // The fact groups show counts like the others: "No take-home (n)" counts with the on-call filter kept.
  const takeHome = page.getByRole("group", { name: "Take-home", exact: true });
  await expect(takeHome.getByRole("checkbox", { name: /^No take-home \(\d[\d,]*\+?\)$/ })).toBeChecked();
  const first = page.locator("article.listing-card").first();
  await expect(first.getByText("No take-home")).toBeVisible();
  await first.getByRole("heading").getByRole("link").click();
  const glance = page.getByRole("region", { name: "The role at a glance" });
  await expect(glance.getByText("No take-home")).toBeVisible();
  await expect(glance.getByText("No on-call")).toBeVisible();
});
