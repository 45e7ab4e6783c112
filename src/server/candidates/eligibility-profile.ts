import "server-only";
import { cache } from "react";
import type { WorkDay } from "@/lib/eligibility";
import { normaliseTimezone } from "@/lib/utc-offset";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";

// What eligibility needs from a candidate's own profile: where they live, their timezone and working day,
// and where they may already work. Only the candidate themself is ever read; it is per visitor, so never cached across
// requests (React's cache only shares it within one request).

export type CandidateEligibilityProfile = {
  country: string | null;
  /** Normalised (see src/lib/utc-offset.ts); null when unset or not a timezone we recognise. */
  timezone: string | null;
  workAuthorizations: string[];
  /** Null means the default 09:00–17:00. */
  workDay: WorkDay | null;
};

export const getCandidateEligibilityProfile = cache(async (actor: Actor | null): Promise<CandidateEligibilityProfile | null> => {
  if (actor?.role !== "CANDIDATE") return null;
  return readEligibilityProfile(actor.id);
});

/**
 * One candidate's profile by id, for a caller that has already shown it may see it (the candidate
 * themself above; a member of a company the candidate applied to, for that application's verdict).
 */
export async function readEligibilityProfile(userId: string): Promise<CandidateEligibilityProfile | null> {
  const profile = await db.candidateProfile.findUnique({
    where: { userId },
    select: { country: true, timezone: true, workAuthorizations: true, workDayStartMinutes: true, workDayEndMinutes: true },
  });
  if (!profile) return null;
  return {
    country: profile.country?.trim().toUpperCase() || null,
    timezone: profile.timezone ? normaliseTimezone(profile.timezone) : null,
    workAuthorizations: profile.workAuthorizations.map((c) => c.trim().toUpperCase()),
    workDay: {
      startMinutes: profile.workDayStartMinutes,
      lengthMinutes: Math.max(0, profile.workDayEndMinutes - profile.workDayStartMinutes),
    },
  };
}
