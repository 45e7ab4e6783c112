import { beforeEach, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { ForbiddenError } from "@/lib/errors";
import { listApplicationsForOwnListing } from "@/server/applications/employer";
import { db } from "@/server/db";
import { listOwnListings } from "@/server/listings/employer";
import { resetDatabase } from "../setup/db";
import { actorFor, createEmployer, createLevel, createListing, createUser } from "../setup/factories";

let levelId: string;

beforeEach(async () => {
  await resetDatabase();
  levelId = (await createLevel()).id;
});

function createApplication(
  listingId: string,
  candidateId: string,
  overrides: Partial<Prisma.ApplicationUncheckedCreateInput> = {},
) {
  return db.application.create({ data: { listingId, candidateId, coverNote: "I design event-driven systems.", ...overrides } });
}

describe("applications on an own listing", () => {
  it("lists candidate, status, date, first opening and rating, newest first, and counts them on the listings page", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id, { levelId });
    const ada = await createUser("CANDIDATE", { name: "Ada Lovelace" });
    const grace = await createUser("CANDIDATE", { name: "Grace Hopper" });
    await createApplication(listing.id, ada.id, {
      coverNote: "Ran Kafka at scale.",
      createdAt: new Date("2026-11-01T10:00:00Z"),
    });
    await createApplication(listing.id, grace.id, {
      coverNote: "Designed a CQRS ledger.",
      status: "INTERVIEW",
      createdAt: new Date("2026-11-02T10:00:00Z"),
    });

    const applications = await listApplicationsForOwnListing(employer.actor, listing.id);
    expect(applications).toEqual([
      expect.objectContaining({
        candidateName: "Grace Hopper",
        candidateEmail: grace.email,
        status: "INTERVIEW",
        createdAt: new Date("2026-11-02T10:00:00Z"),
      }),
      expect.objectContaining({ candidateName: "Ada Lovelace", candidateEmail: ada.email, status: "NEW" }),
    ]);
    // Nothing beyond what the table needs: no password hash, no candidate id, no cover note (the
    // applicant's own page has it); the CV is a link to /documents/<id>, which checks the company again.
    expect(Object.keys(applications?.[0] ?? {}).sort()).toEqual([
      "candidateEmail",
      "candidateName",
      "createdAt",
      "cvDocumentId",
      "id",
      "rating",
      "status",
      "viewedAt",
    ]);

    const [summary] = await listOwnListings(employer.actor);
    expect(summary).toMatchObject({ id: listing.id, _count: { applications: 2 } });
  });

  it("returns an empty list for an own listing nobody applied to", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id, { levelId });
    await expect(listApplicationsForOwnListing(employer.actor, listing.id)).resolves.toEqual([]);
  });

  it("answers not found for another company's listing, even one with applications", async () => {
    const mine = await createEmployer();
    const other = await createEmployer();
    const theirs = await createListing(other.company.id, { levelId });
    await createApplication(theirs.id, (await createUser("CANDIDATE")).id);

    await expect(listApplicationsForOwnListing(mine.actor, theirs.id)).resolves.toBeNull();
    await expect(listApplicationsForOwnListing(mine.actor, "clnotalistingnotalisting0")).resolves.toBeNull();
  });

  it("refuses anyone who is not an employer with a company", async () => {
    const other = await createEmployer();
    const listing = await createListing(other.company.id, { levelId });
    for (const actor of [
      actorFor(await createUser("CANDIDATE")),
      actorFor(await createUser("ADMIN")),
      actorFor(await createUser("EMPLOYER"), null),
    ]) {
      await expect(listApplicationsForOwnListing(actor, listing.id)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
