import "server-only";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import type { Actor } from "@/server/auth/session";
import { signInWithPassword } from "@/server/auth/sign-in";
import { db } from "@/server/db";

// "Your data" (GDPR article 15): everything Backplane holds about the signed-in candidate, as one JSON
// document. Every read names the candidate; nothing about another person is included beyond what they
// sent this candidate (a company's messages on the candidate's own applications).

export const DATA_EXPORT_VERSION = 1;

export async function exportOwnData(actor: Actor, now = new Date()) {
  if (actor.role !== "CANDIDATE") throw new ForbiddenError("Only candidate accounts can export their data here.");
  const userId = actor.id;
  const [user, profile, documents, applications, saved, searches, sessions, preferences, reports] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true, name: true, role: true, status: true, emailVerifiedAt: true, createdAt: true, updatedAt: true },
    }),
    db.candidateProfile.findUnique({
      where: { userId },
      include: {
        skills: { select: { skill: { select: { slug: true, name: true } } } },
        levels: { select: { level: { select: { slug: true, name: true } } } },
      },
    }),
    db.document.findMany({
      where: { ownerId: userId },
      orderBy: { createdAt: "asc" },
      select: { id: true, kind: true, filename: true, contentType: true, byteSize: true, sha256: true, createdAt: true },
    }),
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
        listing: { select: { slug: true, title: true, status: true, company: { select: { name: true } } } },
        events: {
          orderBy: { createdAt: "asc" },
          select: { fromStatus: true, toStatus: true, actorKind: true, message: true, createdAt: true },
        },
      },
    }),
    db.savedListing.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true, listing: { select: { slug: true, title: true, status: true } } },
    }),
    db.savedSearch.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { name: true, query: true, alertFrequency: true, lastAlertedAt: true, createdAt: true },
    }),
    db.session.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true, lastSeenAt: true, expiresAt: true, revokedAt: true, ipAddress: true, userAgent: true },
    }),
    db.notificationPreference.findMany({
      where: { userId },
      select: { kind: true, frequency: true, changedVia: true, updatedAt: true },
    }),
    db.report.findMany({
      where: { reporterId: userId },
      select: { reason: true, details: true, status: true, listing: { select: { slug: true, title: true } } },
    }),
  ]);
  return {
    format: "backplane-candidate-data",
    version: DATA_EXPORT_VERSION,
    exportedAt: now.toISOString(),
    account: user,
    profile: profile
      ? {
          ...profile,
          skills: profile.skills.map((s) => s.skill),
          levels: undefined,
          levelsSought: profile.levels.map((l) => l.level),
        }
      : null,
    // Downloads are served to the owner by the CV feature's /documents/<id>.
    cvs: documents.map((document) => ({ ...document, downloadPath: `/documents/${document.id}` })),
    applications: applications.map(({ events, ...application }) => ({ ...application, timeline: events })),
    savedListings: saved,
    savedSearches: searches.map((search) => ({
      ...search,
      path: typeof search.query === "string" && search.query ? `/jobs?${search.query}` : "/jobs",
    })),
    signIns: sessions,
    notificationPreferences: preferences,
    reports,
  };
}

/**
 * The export asks for the password again (a borrowed, still signed-in browser must not hand over everything),
 * through the sign-in limits so it cannot be used to guess it.
 */
export async function exportOwnDataWithPassword(actor: Actor, password: unknown, address: string) {
  if (actor.role !== "CANDIDATE") throw new ForbiddenError("Only candidate accounts can export their data here.");
  const wrong = new ValidationError("That password is not right.", { password: ["That password is not right."] });
  if (typeof password !== "string" || password.length === 0 || password.length > 200) throw wrong;
  try {
    await signInWithPassword(actor.email, password, address);
  } catch (error) {
    if (error instanceof ValidationError) throw wrong;
    throw error;
  }
  return exportOwnData(actor);
}
