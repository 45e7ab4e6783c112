import { beforeEach, describe, expect, it } from "vitest";
import { executeAction } from "@/server/action";
import { applyDefinition } from "@/server/applications/actions";
import { db } from "@/server/db";
import { describeViewerListing } from "@/server/viewer/listing";
import { describeViewer } from "@/server/viewer/viewer";
import { resetDatabase } from "../setup/db";
import { createAdmin, createCandidate, createCompany, createEmployer, createListing, createRegion } from "../setup/factories";

// What /api/me and /api/me/listings/<slug> answer (decision 011): the visitor's own account, profile
// defaults, verdict and application, and nothing about anyone else or any listing that is not public.

beforeEach(resetDatabase);

const coverNote = "I designed the event-sourced ledger behind a payments platform and ran it for years.";

async function candidateIn(country: string, timezone: string, workAuthorizations: string[] = []) {
  const candidate = await createCandidate();
  await db.candidateProfile.update({ where: { userId: candidate.user.id }, data: { country, timezone, workAuthorizations } });
  return candidate;
}

describe("describeViewer (GET /api/me)", () => {
  it("knows nobody when no one is signed in", async () => {
    expect(await describeViewer(null)).toEqual({ user: null, searchDefaults: null, savedListingIds: [] });
  });

  it("gives a candidate their own name and their profile's country and timezone as search defaults", async () => {
    const candidate = await candidateIn("pt", " Europe/Lisbon ");
    expect(await describeViewer(candidate.actor)).toEqual({
      user: { name: candidate.user.name, email: candidate.user.email, role: "CANDIDATE" },
      searchDefaults: { country: "PT", tz: "Europe/Lisbon" },
      savedListingIds: [],
    });
  });

  it("gives no defaults to a candidate without a location, nor to employers and admins", async () => {
    const bare = await createCandidate();
    const employer = await createEmployer();
    const admin = await createAdmin();
    expect((await describeViewer(bare.actor)).searchDefaults).toBeNull();
    expect(await describeViewer(employer.actor)).toMatchObject({ user: { role: "EMPLOYER" }, searchDefaults: null });
    expect(await describeViewer(admin.actor)).toMatchObject({ user: { role: "ADMIN" }, searchDefaults: null });
  });
});

describe("describeViewerListing (GET /api/me/listings/<slug>)", () => {
  it("answers signed-out visitors with nothing personal", async () => {
    const listing = await createListing((await createCompany()).id);
    expect(await describeViewerListing(null, listing.slug)).toEqual({
      role: null,
      eligibility: null,
      application: null,
      emailVerified: false,
      saved: false,
      match: null,
    });
  });

  it("gives a candidate their verdict from their profile", async () => {
    const region = await createRegion({ countries: ["PT", "ES"] });
    const listing = await createListing((await createCompany()).id, {
      worldwide: false,
      eligibleRegions: [region.code],
      tzWindowStartUtc: 8 * 60,
      tzWindowEndUtc: 16 * 60,
      tzRequiredOverlapHours: 4,
    });
    const inLisbon = await candidateIn("PT", "Europe/Lisbon", ["PT"]);
    const inTokyo = await candidateIn("JP", "Asia/Tokyo");

    expect((await describeViewerListing(inLisbon.actor, listing.slug))?.eligibility?.verdict).toBe("eligible");
    expect((await describeViewerListing(inTokyo.actor, listing.slug))?.eligibility?.verdict).toBe("not_eligible");
  });

  it("shows a candidate their own application and never another candidate's", async () => {
    const listing = await createListing((await createCompany()).id);
    const applicant = await createCandidate();
    const other = await createCandidate();
    await executeAction(applyDefinition, applicant.actor, { listingId: listing.id, coverNote });
    const application = await db.application.findFirstOrThrow({ where: { candidateId: applicant.user.id } });

    expect(await describeViewerListing(applicant.actor, listing.slug)).toMatchObject({
      role: "CANDIDATE",
      application: { id: application.id, createdAt: application.createdAt.toISOString() },
    });
    expect(await describeViewerListing(other.actor, listing.slug)).toMatchObject({ role: "CANDIDATE", application: null });
  });

  it("gives employers and admins their role only: no verdict, no applications", async () => {
    const employer = await createEmployer();
    const listing = await createListing(employer.company.id);
    const candidate = await createCandidate();
    await executeAction(applyDefinition, candidate.actor, { listingId: listing.id, coverNote });

    for (const actor of [employer.actor, (await createAdmin()).actor]) {
      expect(await describeViewerListing(actor, listing.slug)).toEqual({
        role: actor.role,
        eligibility: null,
        application: null,
        emailVerified: true,
        saved: false,
        match: null,
      });
    }
  });

  it("answers null for a listing that is not public, even to its own employer and applicants", async () => {
    const employer = await createEmployer();
    const candidate = await createCandidate();
    const draft = await createListing(employer.company.id, { status: "DRAFT" });
    const closed = await createListing(employer.company.id, { status: "CLOSED", publishedAt: new Date(), closedAt: new Date() });
    await db.application.create({ data: { listingId: closed.id, candidateId: candidate.user.id, coverNote } });

    for (const actor of [null, employer.actor, candidate.actor]) {
      expect(await describeViewerListing(actor, draft.slug)).toBeNull();
      expect(await describeViewerListing(actor, closed.slug)).toBeNull();
      expect(await describeViewerListing(actor, "no-such-listing")).toBeNull();
    }
  });
});
