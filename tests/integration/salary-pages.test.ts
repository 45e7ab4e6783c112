import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BandFigure } from "@/components/salaries/band-figure";
import { countsInRegion, WORLDWIDE_BAND } from "@/lib/band-regions";
import { bandDomain, xPercent } from "@/lib/band-scale";
import { formatUsd } from "@/lib/band-summary";
import { SALARY_REFERENCES } from "@/lib/salary-reference";
import { bandWindowStart, MIN_BAND_LISTINGS, type BandFigures } from "@/lib/salary-bands";
import { db } from "@/server/db";
import { getSalaryOverview, type BandRow, type SalaryOverview } from "@/server/salaries/overview";
import { resetDatabase } from "../setup/db";
import { seedDemoData } from "../setup/seed-demo";

// The salary page's numbers on the demo data, checked two ways: against an independent TypeScript
// computation from the listings themselves, and against what the rendered charts and tables show.

let overview: SalaryOverview;

beforeAll(async () => {
  await resetDatabase();
  await seedDemoData();
  overview = await getSalaryOverview();
});

afterAll(async () => {
  await resetDatabase();
});

/** percentile_cont: linear interpolation at rank p·(n−1). */
function percentile(sorted: number[], p: number): number {
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (rank - low) * (sorted[high]! - sorted[low]!);
}

function expectedFigures(midpoints: number[]): { listingCount: number; figures: BandFigures | null } {
  const sorted = [...midpoints].sort((a, b) => a - b);
  if (sorted.length < MIN_BAND_LISTINGS) return { listingCount: sorted.length, figures: null };
  const at = (p: number) => Math.round(percentile(sorted, p));
  return {
    listingCount: sorted.length,
    figures: { minUsd: at(0), p25Usd: at(0.25), medianUsd: at(0.5), p75Usd: at(0.75), maxUsd: at(1) },
  };
}

const allRows = () => [
  ...overview.levels,
  ...overview.levels.flatMap((l) => l.regions),
  ...overview.industries,
  ...overview.regions,
];

describe("the salary bands of the demo data", () => {
  it("equal the same statistics computed in TypeScript from the listings", async () => {
    const windowStart = bandWindowStart(overview.computedAt!);
    const listings = await db.listing.findMany({
      where: {
        company: { status: "ACTIVE" },
        OR: [{ status: "PUBLISHED" }, { status: { in: ["EXPIRED", "CLOSED"] }, publishedAt: { gte: windowStart } }],
      },
      select: {
        annualUsdMin: true,
        annualUsdMax: true,
        worldwide: true,
        eligibleRegions: true,
        eligibleCountries: true,
        level: { select: { name: true } },
        company: { select: { industry: { select: { name: true } } } },
      },
    });
    const regions = new Map((await db.region.findMany()).map((r) => [r.code, r]));
    const mid = (l: (typeof listings)[number]) => (l.annualUsdMin + l.annualUsdMax) / 2;
    const inRegion = (l: (typeof listings)[number], name: string) =>
      name === WORLDWIDE_BAND.name
        ? l.worldwide
        : countsInRegion(
            l,
            [...regions.values()].find((r) => r.name === name)!,
            regions,
          );
    const check = (rows: BandRow[], member: (l: (typeof listings)[number], row: BandRow) => boolean) => {
      for (const row of rows) {
        expect({ listingCount: row.stats.listingCount, figures: row.stats.figures }, row.label).toEqual(
          expectedFigures(listings.filter((l) => member(l, row)).map(mid)),
        );
      }
    };

    expect(overview.listingCount).toBe(listings.length);
    check(overview.levels, (l, row) => l.level.name === row.label);
    check(overview.industries, (l, row) => l.company.industry?.name === row.label);
    check(overview.regions, (l, row) => inRegion(l, row.label));
    for (const level of overview.levels) check(level.regions, (l, row) => l.level.name === level.label && inRegion(l, row.label));
  });

  it("has a band for every level and industry, the worldwide group last among regions, and some groups below the threshold", () => {
    expect(overview.levels.map((l) => l.slug)).toEqual(["senior", "staff", "principal", "head"]);
    expect(overview.levels.every((l) => l.stats.figures !== null)).toBe(true);
    expect(overview.industries.every((i) => i.stats.figures !== null)).toBe(true);
    expect(overview.industries.filter((i) => i.premium).length).toBe(3);
    expect(overview.regions.at(-1)?.label).toBe(WORLDWIDE_BAND.name);
    expect(overview.levels.flatMap((l) => l.regions).some((r) => r.stats.figures === null)).toBe(true);
  });
});

describe("each chart on the salary page", () => {
  const figures = () => [
    { id: "chart-levels", rows: overview.levels as BandRow[] },
    { id: "chart-industries", rows: overview.industries },
    { id: "chart-regions", rows: overview.regions },
    ...overview.levels.map((l) => ({ id: `level-${l.slug}-regions`, rows: l.regions })),
  ];

  it("has a title and description and draws exactly the numbers its table lists", () => {
    const domain = bandDomain([
      ...allRows().flatMap((r) => (r.stats.figures ? [r.stats.figures.minUsd, r.stats.figures.maxUsd] : [])),
      190_000,
      550_000,
    ]);
    for (const { id, rows } of figures()) {
      const html = renderToStaticMarkup(
        createElement(BandFigure, {
          id,
          title: `Chart ${id}`,
          groupHeading: "Group",
          rows,
          domain,
          references: SALARY_REFERENCES,
        }),
      );
      expect(html).toContain(`role="img" aria-labelledby="${id}-title ${id}-desc"`);
      expect(html).toContain(`<title id="${id}-title">Chart ${id}</title>`);
      expect(html).toMatch(new RegExp(`<desc id="${id}-desc">[^<]+</desc>`));

      for (const row of rows) {
        const group = new RegExp(`<g data-band="${row.key}"([^>]*)>([\\s\\S]*?)</g>`).exec(html);
        const tableRow = new RegExp(`<tr data-band="${row.key}">([\\s\\S]*?)</tr>`).exec(html);
        expect(group, `${id} ${row.label} drawn`).not.toBeNull();
        expect(tableRow, `${id} ${row.label} tabled`).not.toBeNull();
        const attr = (name: string) => new RegExp(`data-${name}="(\\d+)"`).exec(group![1]!)?.[1];
        const cell = (field: string) => new RegExp(`data-field="${field}">([^<]*)<`).exec(tableRow![1]!)?.[1];
        expect(attr("count")).toBe(String(row.stats.listingCount));
        expect(cell("count")).toBe(String(row.stats.listingCount));
        const f = row.stats.figures;
        if (!f) {
          expect(group![2]).toContain("Not enough data");
          expect(cell("not-enough-data")).toContain("Not enough data");
          continue;
        }
        const pairs = { min: f.minUsd, p25: f.p25Usd, median: f.medianUsd, p75: f.p75Usd, max: f.maxUsd };
        for (const [name, value] of Object.entries(pairs)) {
          expect(attr(name), `${row.label} ${name} attribute`).toBe(String(value));
          expect(cell(name), `${row.label} ${name} cell`).toBe(formatUsd(value));
        }
        // The box spans p25..p75 and the median bar sits at the median, on the shared axis.
        const box = /<rect x="([\d.]+)%" width="([\d.]+)%"[^>]*data-part="box"/.exec(group![2]!);
        expect(box, `${row.label} box`).not.toBeNull();
        expect(Number(box![1])).toBeCloseTo(xPercent(domain, f.p25Usd), 2);
        expect(Number(box![1]) + Number(box![2])).toBeCloseTo(xPercent(domain, f.p75Usd), 2);
        expect(group![2]).toContain(`<line x1="${xPercent(domain, f.medianUsd)}%" x2="${xPercent(domain, f.medianUsd)}%"`);
      }
    }
  });
});
