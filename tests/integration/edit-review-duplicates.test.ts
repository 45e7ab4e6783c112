import { beforeEach, describe, expect, it } from "vitest";
import { executeAction } from "@/server/action";
import { db } from "@/server/db";
import { JOB_HANDLERS } from "@/server/jobs/handlers";
import { editListingDefinition } from "@/server/listings/employer-actions";
import { getEditForReview } from "@/server/listings/published-edits";
import { resetDatabase } from "../setup/db";
import { createAdmin, createCompany, createEmployer, createLevel, createListing, createSkill } from "../setup/factories";
import { jobsNamed } from "../setup/jobs";
import { listingInput } from "../setup/listing-input";

// A published listing's material edit waits in pendingEdit (decision 023); its near-duplicates are looked
// for as the edit would publish it, stored like a submission's, and shown on the edit review page (decision 033).

beforeEach(resetDatabase);

const LEDGER =
  "You will own the settlement ledger that moves money between our banking partners and merchants. " +
  "Design idempotent Kafka consumers, reconcile daily files from three banks, and mentor four engineers. " +
  "We run Go services on Kubernetes with PostgreSQL, and we release several times a day with feature flags.";

const MOBILE =
  "Join our mobile team to build the offline-first React Native app that field technicians use to log repairs. " +
  "You will shape sync conflict handling, accessibility and the release train for iOS and Android stores.";

/** Another company's live listing, and an employer's own live listing with its edit sent: { title, description }. */
async function editSent(edit: { title: string; description: string }) {
  const acme = await createCompany({ name: "Acme Payments" });
  const original = await createListing(acme.id, { title: "Senior Platform Engineer, Payments", description: LEDGER });
  const employer = await createEmployer();
  const live = await createListing(employer.company.id, { title: "Site reliability lead", description: MOBILE });
  const level = await createLevel();
  const skill = await createSkill({ name: "Go" });

  const outcome = await executeAction(editListingDefinition, employer.actor, {
    ...listingInput({ levelId: level.id, skills: skill.id, ...edit }),
    listingId: live.id,
    intent: "submit",
  });
  expect(outcome.ok).toBe(true);
  // The live version is untouched: the edit waits.
  expect(await db.listing.findUniqueOrThrow({ where: { id: live.id } })).toMatchObject({
    status: "PUBLISHED",
    title: "Site reliability lead",
    pendingEditAt: expect.any(Date),
  });
  return { original, live, admin: await createAdmin() };
}

async function runEnqueuedCheck(listingId: string) {
  const jobs = await jobsNamed("check-near-duplicates");
  expect(jobs.map((job) => job.data)).toEqual([{ listingId }]);
  expect(await JOB_HANDLERS["check-near-duplicates"](jobs[0]!.data as Record<string, unknown>)).toEqual({ checked: 1 });
}

describe("a published listing's waiting edit", () => {
  it("whose title and description copy another company's live listing gets a stored match", async () => {
    const { original, live, admin } = await editSent({
      title: "Senior Platform Engineer - Payments",
      description: LEDGER.replace("three banks", "four banks"),
    });

    // Before the job runs the page says the check is pending rather than showing no near-copies.
    expect(await getEditForReview(admin.actor, live.id)).toMatchObject({ duplicateCheckPending: true, matches: [] });

    await runEnqueuedCheck(live.id);

    const stored = await db.listingDuplicateMatch.findMany({ select: { pendingListingId: true, matchedListingId: true } });
    expect(stored).toEqual([{ pendingListingId: live.id, matchedListingId: original.id }]);
    const review = await getEditForReview(admin.actor, live.id);
    expect(review?.duplicateCheckPending).toBe(false);
    expect(review?.matches.map((m) => [m.id, m.companyName, m.status, m.repost])).toEqual([
      [original.id, "Acme Payments", "PUBLISHED", false],
    ]);
    expect(review!.matches[0]!.similarity).toBeGreaterThanOrEqual(0.6);
  });

  it("that is not a near-copy gets none, and a newer edit makes the stored check pending again", async () => {
    const { live, admin } = await editSent({ title: "Site reliability lead, mobile", description: MOBILE });

    await runEnqueuedCheck(live.id);

    expect(await db.listingDuplicateMatch.count()).toBe(0);
    expect(await getEditForReview(admin.actor, live.id)).toMatchObject({ duplicateCheckPending: false, matches: [] });

    // The employer sends the edit again: the stored check was computed from the earlier one.
    await db.listing.update({ where: { id: live.id }, data: { pendingEditAt: new Date() } });
    expect(await getEditForReview(admin.actor, live.id)).toMatchObject({ duplicateCheckPending: true });
  });
});
