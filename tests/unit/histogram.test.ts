import { describe, expect, it } from "vitest";
import { bandDomain, ticks } from "@/lib/band-scale";
import { histogramBins, histogramEdges } from "@/lib/histogram";

describe("histogram bins on the salary axis", () => {
  it("are half an axis step wide and cover the axis exactly, every gridline an edge", () => {
    const domain = bandDomain([130_000, 310_000]);
    expect(domain).toEqual({ minUsd: 100_000, maxUsd: 350_000, stepUsd: 50_000 });
    const edges = histogramEdges(domain);
    expect(edges[0]).toBe(100_000);
    expect(edges.at(-1)).toBe(350_000);
    expect(new Set(edges.slice(1).map((e, i) => e - edges[i]!))).toEqual(new Set([25_000]));
    for (const tick of ticks(domain)) expect(edges).toContain(tick);
  });

  it("widen with a wide axis ($100k steps: $50k bins)", () => {
    const edges = histogramEdges(bandDomain([90_000, 600_000]));
    expect(edges.slice(0, 3)).toEqual([0, 50_000, 100_000]);
    expect(edges.at(-1)).toBe(600_000);
  });

  it("count a midpoint on an edge in the bin that starts there, the top edge in the last bin", () => {
    const bins = histogramBins([100, 200, 300], [100, 150, 199.5, 200, 300]);
    expect(bins).toEqual([
      { fromUsd: 100, toUsd: 200, count: 3 },
      { fromUsd: 200, toUsd: 300, count: 2 },
    ]);
  });

  it("leave out values outside the edges and count nothing for no values", () => {
    expect(histogramBins([100, 200], [50, 250]).map((b) => b.count)).toEqual([0]);
    expect(histogramBins([100, 200, 300], []).map((b) => b.count)).toEqual([0, 0]);
  });

  it("count every value inside the axis exactly once", () => {
    const domain = bandDomain([120_000, 420_000]);
    const values = Array.from({ length: 500 }, (_, i) => domain.minUsd + ((i * 7919) % (domain.maxUsd - domain.minUsd + 1)));
    const bins = histogramBins(histogramEdges(domain), values);
    expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(values.length);
  });
});
