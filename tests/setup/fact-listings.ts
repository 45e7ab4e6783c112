import { createCompany, createLevel, createListing } from "./factories";

// Crafted listings for the role-at-a-glance filters and their counts (decision 031): five live ones (one
// stating nothing, one only a team size on a range's bound) and two that state facts but are not live.
// Titles are one word each, so a text query can pick some ("alpha or charlie").

export async function createFactListings() {
  const staff = await createLevel({ slug: "staff", name: "Staff" });
  const principal = await createLevel({ slug: "principal", name: "Principal" });
  const company = await createCompany({ name: "Factful" });
  const closed = await createCompany({ name: "Gone", status: "SUSPENDED" });
  await createListing(company.id, {
    title: "Alpha",
    levelId: staff.id,
    takeHome: "NONE",
    onCall: "NONE",
    ownershipKind: "GREENFIELD",
    teamSize: 5,
    engagementModel: "EMPLOYEE",
  });
  await createListing(company.id, {
    title: "Bravo",
    levelId: principal.id,
    takeHome: "PAID",
    onCall: "ROTATION",
    onCallRotationWeeks: 6,
    ownershipKind: "MIGRATION",
    teamSize: 6,
    engagementModel: "CONTRACTOR",
  });
  await createListing(company.id, {
    title: "Charlie",
    levelId: staff.id,
    takeHome: "NONE",
    onCall: "ESCALATION_ONLY",
    ownershipKind: "GREENFIELD",
    teamSize: 21,
    engagementModel: "CONTRACTOR",
  });
  await createListing(company.id, { title: "Delta", levelId: staff.id, teamSize: 20 });
  // States nothing: never matched by a fact filter, in none of the facts' counts.
  await createListing(company.id, { title: "Echo", levelId: principal.id });
  // Not live: filtered out and counted nowhere, whatever it states.
  await createListing(company.id, { title: "Draft", levelId: staff.id, status: "DRAFT", takeHome: "NONE", onCall: "NONE" });
  await createListing(closed.id, { title: "Suspended", levelId: staff.id, takeHome: "NONE", onCall: "NONE" });
}
