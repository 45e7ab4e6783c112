import type { MeetingStyle, RemoteModel } from "@/generated/prisma/enums";

// The company's structured remote policy in words, for its page, the listing's company card and the
// employer's own view. The owner's free text (remotePolicy) is shown beside it, never replaced by it.

export const REMOTE_MODELS = ["FULLY_REMOTE", "REMOTE_FIRST", "HYBRID"] as const satisfies readonly RemoteModel[];
export const MEETING_STYLES = ["MOSTLY_ASYNC", "CORE_HOURS"] as const satisfies readonly MeetingStyle[];

export const remoteModelLabel: Record<RemoteModel, string> = {
  FULLY_REMOTE: "Fully remote",
  REMOTE_FIRST: "Remote-first",
  HYBRID: "Hybrid",
};

export const meetingStyleLabel: Record<MeetingStyle, string> = {
  MOSTLY_ASYNC: "Mostly async",
  CORE_HOURS: "Core hours that overlap",
};

export type RemotePolicyFields = {
  remoteModel: RemoteModel | null;
  meetingStyle: MeetingStyle | null;
  coreOverlapHours: number | null;
  offsitesPerYear: number | null;
};

function meetingPhrase(style: MeetingStyle, hours: number | null): string {
  if (style === "MOSTLY_ASYNC") return "mostly async";
  return hours ? `core hours overlap ${hours} ${hours === 1 ? "hour" : "hours"} a day` : "core hours overlap";
}

function offsitesPhrase(count: number): string {
  if (count === 0) return "no offsites";
  return count === 1 ? "1 offsite a year" : `${count} offsites a year`;
}

/** "Remote-first · mostly async · 2 offsites a year", or null when nothing structured is stated. */
export function remotePolicySummary(fields: RemotePolicyFields): string | null {
  const parts: string[] = [];
  if (fields.remoteModel) parts.push(remoteModelLabel[fields.remoteModel]);
  if (fields.meetingStyle) parts.push(meetingPhrase(fields.meetingStyle, fields.coreOverlapHours));
  if (fields.offsitesPerYear !== null) parts.push(offsitesPhrase(fields.offsitesPerYear));
  if (parts.length === 0) return null;
  const [first, ...rest] = parts;
  return [first!.charAt(0).toUpperCase() + first!.slice(1), ...rest].join(" · ");
}
