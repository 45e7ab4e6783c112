import "server-only";
import { cache } from "react";
import type { MatchCandidate } from "@/lib/match";
import { normaliseTimezone, timezoneOffsetMinutes } from "@/lib/utc-offset";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";

// What the personal match needs from the signed-in candidate's own profile (decision 035). Only the
// candidate themself is read (the id comes from the actor); per visitor, so React's cache shares it within
// one request only.

export type CandidateMatchProfile = {
  candidate: MatchCandidate;
  /** The profile's version (its updatedAt), part of every cache key of an answer built from it. */
  version: string;
};

/** A candidate who has not saved a profile yet: matched on eligibility alone, with "check" points. */
const EMPTY: MatchCandidate = {
  country: null,
  utcOffsetMinutes: null,
  workAuthorizations: [],
  levelIds: [],
  skillIds: [],
  floorUsd: null,
  avoidOnCall: false,
  avoidTakeHome: false,
};

export const getCandidateMatchProfile = cache(async (actor: Actor | null): Promise<CandidateMatchProfile | null> => {
  if (actor?.role !== "CANDIDATE") return null;
  return readCandidateMatchProfile(actor.id);
});

/** One candidate's match profile by id, for a caller that already knows the id is the visitor's own. */
export async function readCandidateMatchProfile(userId: string, now = new Date()): Promise<CandidateMatchProfile> {
  const profile = await db.candidateProfile.findUnique({
    where: { userId },
    select: {
      country: true,
      timezone: true,
      workAuthorizations: true,
      workDayStartMinutes: true,
      workDayEndMinutes: true,
      salaryExpectationUsd: true,
      avoidOnCall: true,
      avoidTakeHome: true,
      updatedAt: true,
      levels: { select: { levelId: true } },
      skills: { select: { skillId: true } },
    },
  });
  if (!profile) return { candidate: EMPTY, version: "none" };
  const timezone = profile.timezone ? normaliseTimezone(profile.timezone) : null;
  return {
    candidate: {
      country: profile.country?.trim().toUpperCase() || null,
      utcOffsetMinutes: timezone ? timezoneOffsetMinutes(timezone, now) : null,
      workAuthorizations: profile.workAuthorizations.map((c) => c.trim().toUpperCase()),
      workDay: {
        startMinutes: profile.workDayStartMinutes,
        lengthMinutes: Math.max(0, profile.workDayEndMinutes - profile.workDayStartMinutes),
      },
      levelIds: profile.levels.map((l) => l.levelId),
      skillIds: profile.skills.map((s) => s.skillId),
      floorUsd: profile.salaryExpectationUsd,
      avoidOnCall: profile.avoidOnCall,
      avoidTakeHome: profile.avoidTakeHome,
    },
    version: profile.updatedAt.toISOString(),
  };
}
