import { beforeEach, describe, expect, it } from "vitest";
import { executeAction } from "@/server/action";
import {
  createSavedSearchDefinition,
  deleteSavedSearchDefinition,
  updateSavedSearchDefinition,
} from "@/server/candidates/actions";
import { sendSavedSearchAlerts } from "@/server/candidates/search-alerts";
import { db } from "@/server/db";
import { unsubscribe } from "@/server/mail/preferences";
import { unsubscribePath } from "@/server/mail/render";
import { resetDatabase } from "../setup/db";
import { createAdmin, createCandidate, createEmployer, createListing } from "../setup/factories";
import { outboxOf } from "../setup/mail";

// Saved searches (/account/searches) and their alerts (the send-search-alerts job): one mail per period
// with what was published since the last one and matches, through the outbox and its preferences.

beforeEach(resetDatabase);

const HOUR = 60 * 60 * 1000;

async function savedSearch(frequency: "daily" | "weekly" | "off" = "daily", query = "q=kafka") {
  const candidate = await createCandidate();
  const outcome = await executeAction(createSavedSearchDefinition, candidate.actor, { query, name: "Kafka roles", frequency });
  expect(outcome.ok).toBe(true);
  const search = await db.savedSearch.findFirstOrThrow({ where: { userId: candidate.user.id } });
  return { candidate, search };
}

/** Moves the search's last alert back, as if the period had passed. */
const lastAlerted = (id: string, at: Date) => db.savedSearch.update({ where: { id }, data: { lastAlertedAt: at } });

async function listing(title: string, publishedAt: Date) {
  const employer = await createEmployer();
  return createListing(employer.company.id, { title, publishedAt, confirmedAt: publishedAt });
}

describe("saving a search", () => {
  it("stores the canonical query, the name and the frequency", async () => {
    const candidate = await createCandidate();
    const outcome = await executeAction(createSavedSearchDefinition, candidate.actor, {
      query: "?sort=pay&level=staff&q=kafka&cursor=abc&level=principal&utm_source=x",
      name: "  Staff Kafka  ",
      frequency: "weekly",
    });
    expect(outcome).toMatchObject({ ok: true, redirectTo: "/account/searches?saved=1" });
    expect(await db.savedSearch.findMany({ where: { userId: candidate.user.id } })).toMatchObject([
      { name: "Staff Kafka", query: "q=kafka&level=principal&level=staff", alertFrequency: "WEEKLY" },
    ]);
  });

  it("refuses a query that is not a valid search, a blank name and an unknown frequency, saving nothing", async () => {
    const candidate = await createCandidate();
    const cases = [
      [{ query: "minPay=lots", name: "x", frequency: "daily" }, "query"],
      [{ query: "q=kafka", name: " ", frequency: "daily" }, "name"],
      [{ query: "q=kafka", name: "x", frequency: "hourly" }, "frequency"],
      [{ query: "q=kafka", name: "x".repeat(81), frequency: "daily" }, "name"],
    ] as const;
    for (const [input, field] of cases) {
      const outcome = await executeAction(createSavedSearchDefinition, candidate.actor, input);
      expect(outcome.state, field).toMatchObject({ status: "error", fieldErrors: { [field]: [expect.any(String)] } });
    }
    expect(await db.savedSearch.count()).toBe(0);
  });

  it("employers, admins and anonymous visitors are refused", async () => {
    for (const actor of [(await createEmployer()).actor, (await createAdmin()).actor, null]) {
      const outcome = await executeAction(createSavedSearchDefinition, actor, {
        query: "q=kafka",
        name: "x",
        frequency: "daily",
      });
      expect(outcome.ok).toBe(false);
    }
    expect(await db.savedSearch.count()).toBe(0);
  });
});

describe("renaming, changing the frequency and deleting", () => {
  it("the owner renames, changes the frequency and deletes", async () => {
    const { candidate, search } = await savedSearch();
    expect(
      (
        await executeAction(updateSavedSearchDefinition, candidate.actor, {
          savedSearchId: search.id,
          name: "Renamed",
          frequency: "off",
        })
      ).ok,
    ).toBe(true);
    expect(await db.savedSearch.findUniqueOrThrow({ where: { id: search.id } })).toMatchObject({
      name: "Renamed",
      alertFrequency: "NONE",
    });
    expect((await executeAction(deleteSavedSearchDefinition, candidate.actor, { savedSearchId: search.id })).ok).toBe(true);
    expect(await db.savedSearch.count()).toBe(0);
  });

  it("another candidate's saved search is not found and unchanged", async () => {
    const { search } = await savedSearch();
    const other = await createCandidate();
    const update = await executeAction(updateSavedSearchDefinition, other.actor, {
      savedSearchId: search.id,
      name: "Mine",
      frequency: "off",
    });
    const remove = await executeAction(deleteSavedSearchDefinition, other.actor, { savedSearchId: search.id });
    expect(update).toMatchObject({ ok: false, state: { message: "Saved search not found." } });
    expect(remove).toMatchObject({ ok: false, state: { message: "Saved search not found." } });
    expect(await db.savedSearch.findUniqueOrThrow({ where: { id: search.id } })).toEqual(search);
  });

  it("employers and anonymous visitors are refused, and bad input is refused beside its field", async () => {
    const { candidate, search } = await savedSearch();
    for (const actor of [(await createEmployer()).actor, null]) {
      expect((await executeAction(deleteSavedSearchDefinition, actor, { savedSearchId: search.id })).ok).toBe(false);
    }
    const bad = await executeAction(updateSavedSearchDefinition, candidate.actor, {
      savedSearchId: search.id,
      name: "",
      frequency: "daily",
    });
    expect(bad.state).toMatchObject({ status: "error", fieldErrors: { name: [expect.any(String)] } });
    expect(await db.savedSearch.findUniqueOrThrow({ where: { id: search.id } })).toEqual(search);
  });
});

describe("the alert job", () => {
  it("mails one digest of the new matching listings, then nothing until the next period", async () => {
    const { candidate, search } = await savedSearch("daily");
    const now = new Date();
    await lastAlerted(search.id, new Date(now.getTime() - 25 * HOUR));
    const fresh = await listing("Staff Kafka Platform Architect", new Date(now.getTime() - 2 * HOUR));
    await listing("Staff Kafka Architect from before", new Date(now.getTime() - 30 * HOUR)); // before the last alert
    await listing("Staff Postgres Architect", new Date(now.getTime() - HOUR)); // does not match

    expect(await sendSavedSearchAlerts(now)).toEqual({ checked: 1, sent: 1 });

    const mail = await outboxOf("saved-search-alert");
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({
      userId: candidate.user.id,
      data: { searchName: "Kafka roles", searchPath: "/jobs?q=kafka", listings: [{ slug: fresh.slug, title: fresh.title }] },
    });

    // A second run, even with another new listing, sends nothing within the period.
    await listing("Principal Kafka Architect", new Date(now.getTime() - 10 * 60 * 1000));
    expect(await sendSavedSearchAlerts(new Date(now.getTime() + HOUR))).toEqual({ checked: 0, sent: 0 });
    expect(await outboxOf("saved-search-alert")).toHaveLength(1);
  });

  it("sends nothing for a search with alerts off, nor when nothing new matches", async () => {
    const off = await savedSearch("off");
    const quiet = await savedSearch("daily", "q=haskell");
    const now = new Date();
    await lastAlerted(off.search.id, new Date(now.getTime() - 30 * 24 * HOUR));
    await lastAlerted(quiet.search.id, new Date(now.getTime() - 25 * HOUR));
    await listing("Staff Kafka Architect", new Date(now.getTime() - HOUR));

    expect(await sendSavedSearchAlerts(now)).toEqual({ checked: 1, sent: 0 });
    expect(await outboxOf("saved-search-alert")).toHaveLength(0);
  });

  it("a weekly search waits a week", async () => {
    const { search } = await savedSearch("weekly");
    const now = new Date();
    await lastAlerted(search.id, new Date(now.getTime() - 3 * 24 * HOUR));
    await listing("Staff Kafka Architect", new Date(now.getTime() - HOUR));
    expect(await sendSavedSearchAlerts(now)).toEqual({ checked: 0, sent: 0 });
    expect(await sendSavedSearchAlerts(new Date(now.getTime() + 4 * 24 * HOUR))).toMatchObject({ sent: 1 });
  });

  it("leaves out listings the candidate already applied to", async () => {
    const { candidate, search } = await savedSearch("daily");
    const now = new Date();
    await lastAlerted(search.id, new Date(now.getTime() - 25 * HOUR));
    const applied = await listing("Staff Kafka Architect", new Date(now.getTime() - HOUR));
    await db.application.create({
      data: { listingId: applied.id, candidateId: candidate.user.id, coverNote: "An earlier note." },
    });
    expect(await sendSavedSearchAlerts(now)).toEqual({ checked: 1, sent: 0 });
  });

  it("one-click unsubscribe from the mail stops further alerts", async () => {
    const { candidate, search } = await savedSearch("daily");
    const now = new Date();
    await lastAlerted(search.id, new Date(now.getTime() - 25 * HOUR));
    await listing("Staff Kafka Architect", new Date(now.getTime() - HOUR));
    const token = unsubscribePath(candidate.user.id, "saved-search-alert").split("/").at(-1)!;

    expect(await unsubscribe(token, "one-click")).toMatchObject({ userId: candidate.user.id });
    await sendSavedSearchAlerts(now);

    expect(await outboxOf("saved-search-alert")).toHaveLength(0);
  });
});
