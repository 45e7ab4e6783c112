import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { listingFormSelect } from "@/lib/listing-form-values";
import type { Tx } from "@/server/db";

// The record of every version of a listing that candidates could see (ListingVersion), kept for the posting
// record-keeping rules: three years in Ontario and Maryland, five in Illinois (docs/decisions/030-pay-transparency.md).
// Called only by the lifecycle (src/server/listings/lifecycle.ts), in the transaction that made the version
// live, so no path to PUBLISHED can skip it. A move that shows the same content again (a renewal, a
// confirmation) adds no version.

// The posting form's columns (one list for both), with names instead of ids and who stated the pay.
const snapshotSelect = {
  ...listingFormSelect,
  levelId: false,
  salaryProvidedById: true,
  salaryProvidedAt: true,
  level: { select: { name: true } },
  company: { select: { name: true } },
  skills: { select: { skill: { select: { name: true } } } },
} as const satisfies Prisma.ListingSelect;

type Row = Prisma.ListingGetPayload<{ select: typeof snapshotSelect }>;

/** The public fields as plain JSON, keys and lists in a fixed order so equal versions compare equal. */
function snapshotOf(row: Row): Record<string, Prisma.InputJsonValue | null> {
  const { level, company, skills, salaryProvidedAt, applicationsCloseOn, ...columns } = row;
  const plain: Record<string, Prisma.InputJsonValue | null> = {
    ...columns,
    eligibleRegions: [...columns.eligibleRegions].sort(),
    eligibleCountries: [...columns.eligibleCountries].sort(),
    eligibleStates: [...columns.eligibleStates].sort(),
    eligibleProvinces: [...columns.eligibleProvinces].sort(),
    salaryProvidedAt: salaryProvidedAt?.toISOString() ?? null,
    applicationsCloseOn: applicationsCloseOn?.toISOString().slice(0, 10) ?? null,
    level: level.name,
    company: company.name,
    skills: skills.map((s) => s.skill.name).sort(),
  };
  return Object.fromEntries(
    Object.keys(plain)
      .sort()
      .map((k) => [k, plain[k] ?? null]),
  );
}

/** JSON with object keys sorted at every depth (PostgreSQL's jsonb keeps its own key order). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Records the listing's current content as its next version, unless the latest version already has it. */
export async function recordPublishedVersion(tx: Tx, listingId: string, now: Date): Promise<void> {
  const row = await tx.listing.findUniqueOrThrow({ where: { id: listingId }, select: snapshotSelect });
  const snapshot = snapshotOf(row);
  const latest = await tx.listingVersion.findFirst({
    where: { listingId },
    orderBy: { version: "desc" },
    select: { version: true, snapshot: true },
  });
  if (latest && canonical(latest.snapshot) === canonical(snapshot)) return;
  await tx.listingVersion.create({
    data: { listingId, version: (latest?.version ?? 0) + 1, snapshot, publishedAt: now },
  });
}
