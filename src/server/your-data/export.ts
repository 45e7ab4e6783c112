import "server-only";
import { db } from "@/server/db";

// "Your data" as one JSON file (docs/decisions/029-your-data.md, GDPR article 15). Each section is one
// query scoped to the account; a new kind of per-user data is one more entry here (and one in erase.ts).

type Section = (userId: string) => Promise<unknown>;

export const EXPORT_SECTIONS = {
  account: (userId) =>
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true, name: true, role: true, status: true, createdAt: true, emailVerifiedAt: true },
    }),
  candidateProfile: async (userId) => {
    const profile = await db.candidateProfile.findUnique({
      where: { userId },
      omit: { userId: true },
      include: {
        skills: { select: { skill: { select: { slug: true, name: true } } } },
        levels: { select: { level: { select: { slug: true, name: true } } } },
      },
    });
    return profile
      ? { ...profile, skills: profile.skills.map((s) => s.skill), levels: profile.levels.map((l) => l.level) }
      : null;
  },
  cvs: async (userId) => {
    const documents = await db.document.findMany({
      where: { ownerId: userId },
      orderBy: { createdAt: "asc" },
      select: { id: true, kind: true, filename: true, byteSize: true, sha256: true, createdAt: true, deletedAt: true },
    });
    // Relative links: the file is opened from the site, signed in (a CV is served to its owner only).
    return documents.map((d) => ({ ...d, downloadUrl: `/documents/${d.id}` }));
  },
  applications: (userId) =>
    db.application.findMany({
      where: { candidateId: userId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        status: true,
        coverNote: true,
        answers: true,
        cvDocumentId: true,
        createdAt: true,
        updatedAt: true,
        withdrawnAt: true,
        viewedAt: true,
        listing: { select: { title: true, slug: true, company: { select: { name: true } } } },
        // The timeline, with the messages the company sent (and any reason given for withdrawing).
        events: {
          orderBy: { createdAt: "asc" },
          select: { fromStatus: true, toStatus: true, actorKind: true, message: true, createdAt: true },
        },
      },
    }),
  savedListings: (userId) =>
    db.savedListing.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true, listing: { select: { title: true, slug: true, status: true } } },
    }),
  // The feed token is left out: it is a credential for the feed, not information about the person.
  savedSearches: (userId) =>
    db.savedSearch.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { name: true, query: true, alertFrequency: true, lastAlertedAt: true, createdAt: true },
    }),
  reportsFiled: (userId) =>
    db.report.findMany({
      where: { reporterId: userId },
      orderBy: { createdAt: "asc" },
      select: { reason: true, details: true, status: true, createdAt: true, listing: { select: { title: true, slug: true } } },
    }),
  notificationPreferences: (userId) =>
    db.notificationPreference.findMany({
      where: { userId },
      orderBy: { kind: "asc" },
      select: { kind: true, frequency: true, changedVia: true, updatedAt: true },
    }),
  companyMemberships: (userId) =>
    db.companyMember.findMany({
      where: { userId },
      select: { role: true, createdAt: true, company: { select: { name: true, slug: true } } },
    }),
  // Company verification links they asked for (decision 033): the address and when, not the token's hash,
  // which is a credential. Requests by the company's other owners are theirs, not this person's.
  companyVerificationsRequested: (userId) =>
    db.companyVerification.findMany({
      where: { requestedById: userId },
      orderBy: { createdAt: "asc" },
      select: {
        email: true,
        domain: true,
        createdAt: true,
        expiresAt: true,
        usedAt: true,
        company: { select: { name: true, slug: true } },
      },
    }),
  linkedSignIns: (userId) => db.oAuthAccount.findMany({ where: { userId }, select: { provider: true, providerAccountId: true } }),
  signInHistory: (userId) =>
    db.session.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true, lastSeenAt: true, expiresAt: true, revokedAt: true, ipAddress: true, userAgent: true },
    }),
  // Mail sent (or waiting to be sent) to them: what it was about and when, not the rendered bodies, whose
  // links (confirmation, reset) are credentials.
  emails: (userId) =>
    db.emailOutbox.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { kind: true, toAddress: true, subject: true, status: true, createdAt: true, sentAt: true },
    }),
  accountHistory: (userId) =>
    db.auditLog.findMany({
      where: { OR: [{ actorId: userId }, { targetType: "User", targetId: userId }] },
      orderBy: { createdAt: "asc" },
      select: { action: true, targetType: true, createdAt: true },
    }),
} satisfies Record<string, Section>;

export type DataExport = { exportedAt: string; format: string } & {
  [K in keyof typeof EXPORT_SECTIONS]: Awaited<ReturnType<(typeof EXPORT_SECTIONS)[K]>>;
};

/** Everything Backplane holds about the account, section by section. */
export async function buildDataExport(userId: string, now = new Date()): Promise<DataExport> {
  const entries = await Promise.all(
    Object.entries(EXPORT_SECTIONS).map(async ([name, load]) => [name, await (load as Section)(userId)] as const),
  );
  return {
    exportedAt: now.toISOString(),
    format: "Backplane data export, version 1",
    ...Object.fromEntries(entries),
  } as DataExport;
}
