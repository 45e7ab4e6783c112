import "server-only";
import type { BandFigures } from "@/lib/salary-bands";
import { bandWindowStart } from "@/lib/salary-bands";
import { readAllBands, type NamedBand } from "@/server/salaries/read";

// The salary bands as the MCP tool returns them: the rows /salaries draws (src/server/salaries/read.ts),
// named by slugs and codes instead of our row ids.

type Band = { listingCount: number; figures: BandFigures | null };

const band = (b: NamedBand): Band => ({ listingCount: b.listingCount, figures: b.figures });
const level = (b: NamedBand) => ({ slug: b.level!.slug, name: b.level!.name });
const region = (b: NamedBand) => ({ code: b.region!.code, name: b.region!.name });

export async function readSalaryBands() {
  const bands = await readAllBands();
  const of = (dimension: NamedBand["dimension"]) => bands.filter((b) => b.dimension === dimension);
  const computedAt = bands.reduce<Date | null>((max, b) => (max === null || b.computedAt > max ? b.computedAt : max), null);
  return {
    computedAt: computedAt?.toISOString() ?? null,
    windowStart: computedAt ? bandWindowStart(computedAt).toISOString() : null,
    currency: "USD",
    basis:
      "Each listing counts once per group with the midpoint of its range in annual US dollars: every published listing, and those closed or expired within the 12 months before computedAt.",
    levels: of("LEVEL")
      .filter((b) => b.level)
      .sort((a, b) => a.level!.rank - b.level!.rank)
      .map((b) => ({ level: level(b), ...band(b) })),
    industries: of("INDUSTRY")
      .filter((b) => b.industry)
      .map((b) => ({
        industry: { slug: b.industry!.slug, name: b.industry!.name, payPremium: b.industry!.payPremium },
        ...band(b),
      })),
    regions: of("REGION")
      .filter((b) => b.region)
      .map((b) => ({ region: region(b), ...band(b) })),
    levelsByRegion: of("LEVEL_REGION")
      .filter((b) => b.level && b.region)
      .map((b) => ({ level: level(b), region: region(b), ...band(b) })),
  };
}
