import "server-only";
import type { BandStats } from "@/lib/salary-bands";
import { absoluteUrl } from "@/lib/site-url";
import { getRoleProfile } from "@/server/roles/queries";

// The role profile page (/roles/<slug>) as the MCP tool returns it: the same read, its bands reduced to
// counts and figures (no row keys), dates as ISO strings.

export const DEFAULT_ROLE_PROFILE = "remote-backend-architect";

const band = (b: BandStats | null) => (b ? { listingCount: b.listingCount, figures: b.figures } : null);

export async function readRoleProfile(slug: string) {
  const profile = await getRoleProfile(slug);
  if (!profile) return null;
  const { levels, industries, updatedAt, ...rest } = profile;
  return {
    ...rest,
    url: absoluteUrl(`/roles/${profile.slug}`),
    updatedAt: updatedAt.toISOString(),
    levels: levels.map((l) => ({ ...l, band: band(l.band) })),
    industries: industries.map((i) => ({ ...i, band: band(i.band) })),
  };
}
