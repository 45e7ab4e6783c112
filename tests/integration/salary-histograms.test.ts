import { XMLParser } from "fast-xml-parser";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { LevelHistograms, type LevelHistogramData } from "@/components/salaries/level-histogram";
import { bandDomain } from "@/lib/band-scale";
import { formatUsd } from "@/lib/band-summary";
import { histogramBins, histogramEdges } from "@/lib/histogram";
import { readLevelMidpoints, type LevelMidpoints } from "@/server/salaries/midpoints";
import { resetDatabase } from "../setup/db";
import { createCompany, createLevel, createListing } from "../setup/factories";

// The histograms on /salaries: which listings they count, and that what the SVG draws is what its table says.

const DAY = 86_400_000;
let midpoints: LevelMidpoints;

beforeAll(async () => {
  await resetDatabase();
  const company = await createCompany();
  const suspended = await createCompany({ status: "SUSPENDED" });
  const staff = await createLevel({ slug: "staff", name: "Staff" });
  const quiet = await createLevel({ slug: "quiet", name: "Quiet" });
  const pay = (min: number, max: number) => ({ annualUsdMin: min, annualUsdMax: max, salaryMin: min, salaryMax: max });
  for (const [min, max] of [
    [150_000, 200_000], // 175k
    [170_000, 180_000], // 175k
    [180_000, 220_000], // 200k: on an edge, counts in the bin it starts
    [240_000, 300_000], // 270k
  ])
    await createListing(company.id, { levelId: staff.id, ...pay(min!, max!) });
  // Not live: pending, closed, expired, or a suspended company's.
  await createListing(company.id, { levelId: staff.id, status: "PENDING_REVIEW", ...pay(400_000, 500_000) });
  await createListing(company.id, { levelId: staff.id, status: "CLOSED", publishedAt: new Date(), ...pay(400_000, 500_000) });
  await createListing(company.id, { levelId: staff.id, expiresAt: new Date(Date.now() - DAY), ...pay(400_000, 500_000) });
  await createListing(suspended.id, { levelId: staff.id, ...pay(400_000, 500_000) });
  await createListing(company.id, { levelId: quiet.id, status: "PENDING_REVIEW" });
  midpoints = await readLevelMidpoints();
});

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (name) => ["g", "tr", "line", "text"].includes(name),
});
type Node = Record<string, unknown> & { g?: Node[]; tr?: Node[]; rect?: Node; text?: Node[] };

function render(levels: LevelHistogramData[], domain = bandDomain([100_000, 300_000])) {
  return renderToStaticMarkup(createElement(LevelHistograms, { levels, domain }));
}
const dataFor = (slug: string, label: string, domain = bandDomain([100_000, 300_000])) => {
  const values = midpoints[slug] ?? [];
  return { slug, label, count: values.length, bins: histogramBins(histogramEdges(domain), values) };
};
const textOf = (node: unknown) =>
  typeof node === "object" && node !== null ? String((node as { "#text": unknown })["#text"]) : String(node);

describe("the live midpoints by level", () => {
  it("count published, unexpired listings of active companies only, each once, ascending", () => {
    expect(midpoints).toEqual({ staff: [175_000, 175_000, 200_000, 270_000] });
  });
});

describe("a level's histogram", () => {
  it("draws bars whose heights and labels are the table's numbers", () => {
    const html = render([dataFor("staff", "Staff")]);
    const svg = xml.parse(html.match(/<svg[\s\S]*<\/svg>/)![0]).svg as Node;
    const tallest = Number(svg["data-tallest"]);
    const plot = Number(svg["data-plot-height"]);
    expect(tallest).toBe(2);
    const drawn = new Map(
      svg.g!.map((g) => {
        const count = g.rect ? Number(textOf(g.text![0])) : 0;
        if (g.rect) expect(Number(g.rect.height)).toBe(Math.round((count / tallest) * plot));
        return [Number(g["data-bin-from"]), count];
      }),
    );
    const table = xml.parse(html.match(/<table[\s\S]*<\/table>/)![0]).table as { tbody: Node };
    const listed = new Map(table.tbody.tr!.map((tr) => [Number(tr["data-bin-from"]), Number(textOf(tr.td as Node))]));
    // The table lists the bins from the first to the last non-empty one; every listed bin matches the bar.
    expect([...listed]).toEqual([
      [175_000, 2],
      [200_000, 1],
      [225_000, 0],
      [250_000, 1],
    ]);
    for (const [from, count] of listed) expect(drawn.get(from)).toBe(count);
    expect([...drawn.values()].reduce((a, b) => a + b, 0)).toBe(4);
    expect(html).toContain(`${formatUsd(175_000)} to under ${formatUsd(200_000)}`);
  });

  it("is accessible: title and description name the chart, the table has a caption", () => {
    const html = render([dataFor("staff", "Staff")]);
    expect(html).toMatch(/<svg role="img" aria-labelledby="histogram-staff-title histogram-staff-desc"/);
    expect(html).toContain('<title id="histogram-staff-title">Staff: open listings by range midpoint</title>');
    expect(html).toContain(
      `4 open listings; the most common midpoint range is ${formatUsd(175_000)} to ${formatUsd(200_000)} (2 listings).`,
    );
    expect(html).toMatch(
      /<caption id="histogram-staff-table-caption"[^>]*>Staff: open listings by range midpoint: listings per range/,
    );
  });

  it("shows an empty state, with no chart or table, for a level without open listings", () => {
    const html = render([dataFor("quiet", "Quiet")]);
    expect(html).toContain('data-part="empty"');
    expect(html).toContain("No open Quiet listings right now.");
    expect(html).not.toContain("<svg");
    expect(html).not.toContain("<table");
  });
});
