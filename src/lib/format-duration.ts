import { plural } from "@/lib/format";

/** A span of time at the precision a moderator needs: "45 minutes", "5.5 hours", "3.2 days". */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, ms) / 60_000;
  if (minutes < 90) return plural(Math.round(minutes), "minute");
  const hours = minutes / 60;
  if (hours < 48) return `${Math.round(hours * 10) / 10} hours`;
  return `${Math.round((hours / 24) * 10) / 10} days`;
}
