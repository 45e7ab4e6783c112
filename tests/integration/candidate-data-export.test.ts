import { beforeEach, describe, expect, it } from "vitest";
import { executeAction } from "@/server/action";
import { applyDefinition, withdrawApplicationDefinition } from "@/server/applications/actions";
import { createSessionRow } from "@/server/auth/sessions";
import { createSavedSearchDefinition, saveListingDefinition, saveProfileDefinition } from "@/server/candidates/actions";
import { exportOwnData, exportOwnDataWithPassword } from "@/server/candidates/data-export";
import { db } from "@/server/db";
import { resetDatabase } from "../setup/db";
import { createCandidate, createEmployer, createListing, TEST_PASSWORD } from "../setup/factories";

// /account/data: the candidate's own data as one JSON document, after entering the password again.

beforeEach(resetDatabase);

const coverNote = "I split a payments monolith into twelve services over two years.";

async function activeCandidate() {
  const employer = await createEmployer();
  const listing = await createListing(employer.company.id);
  const candidate = await createCandidate();
  await executeAction(saveProfileDefinition, candidate.actor, {
    name: "Ada Lovelace",
    country: "DE",
    timezone: "Europe/Berlin",
    workDayStart: "09:00",
    workDayEnd: "17:00",
  });
  await executeAction(applyDefinition, candidate.actor, { listingId: listing.id, coverNote });
  const application = await db.application.findFirstOrThrow({ where: { candidateId: candidate.user.id } });
  await executeAction(withdrawApplicationDefinition, candidate.actor, {
    applicationId: application.id,
    reason: "Took another role.",
  });
  await executeAction(saveListingDefinition, candidate.actor, { listingId: listing.id });
  await executeAction(createSavedSearchDefinition, candidate.actor, { query: "q=kafka", name: "Kafka", frequency: "weekly" });
  await createSessionRow(candidate.user.id);
  return { candidate, listing };
}

describe("exporting your data", () => {
  it("holds the account, profile, applications with their timeline, saved roles and searches, and sign-ins", async () => {
    const { candidate, listing } = await activeCandidate();

    const data = await exportOwnData(candidate.actor);

    expect(data).toMatchObject({
      format: "backplane-candidate-data",
      account: { email: candidate.user.email, name: "Ada Lovelace" },
      profile: { country: "DE", timezone: "Europe/Berlin", workDayStartMinutes: 540 },
      applications: [
        {
          coverNote,
          status: "WITHDRAWN",
          listing: { slug: listing.slug },
          timeline: [{ toStatus: "NEW" }, { toStatus: "WITHDRAWN", message: "Took another role." }],
        },
      ],
      savedListings: [{ listing: { slug: listing.slug } }],
      savedSearches: [{ name: "Kafka", path: "/jobs?q=kafka", alertFrequency: "WEEKLY" }],
      cvs: [],
    });
    expect(data.signIns).toHaveLength(1);
    // Plain JSON, as the download serves it.
    expect(JSON.parse(JSON.stringify(data))).toMatchObject({ account: { email: candidate.user.email } });
  });

  it("holds nothing of another candidate", async () => {
    const { candidate } = await activeCandidate();
    const other = await createCandidate();

    const text = JSON.stringify(await exportOwnData(other.actor));

    expect(text).not.toContain(candidate.user.email);
    expect(text).not.toContain("Ada Lovelace");
    expect(text).not.toContain(coverNote);
    expect(JSON.parse(text)).toMatchObject({ applications: [], savedListings: [], savedSearches: [], signIns: [] });
  });

  it("asks for the right password, and refuses other roles", async () => {
    const { candidate } = await activeCandidate();
    const employer = await createEmployer();

    await expect(exportOwnDataWithPassword(candidate.actor, "not my password", "203.0.113.9")).rejects.toThrow(
      "That password is not right.",
    );
    await expect(exportOwnDataWithPassword(candidate.actor, ["x"], "203.0.113.9")).rejects.toThrow("That password is not right.");
    await expect(exportOwnDataWithPassword(employer.actor, TEST_PASSWORD, "203.0.113.9")).rejects.toThrow(
      "Only candidate accounts",
    );
    expect(await exportOwnDataWithPassword(candidate.actor, TEST_PASSWORD, "203.0.113.10")).toMatchObject({
      account: { email: candidate.user.email },
    });
  });
});
