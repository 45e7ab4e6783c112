import { describe, expect, it } from "vitest";
import { bandDomain, labelledOnPhone, ticks } from "@/lib/band-scale";

describe("axis labels on a phone", () => {
  const labelled = (n: number) => Array.from({ length: n }, (_, i) => i).filter((i) => labelledOnPhone(i, n));

  it("labels every tick while five fit", () => {
    expect(labelled(5)).toEqual([0, 1, 2, 3, 4]);
  });

  it("thins a crowded axis to at most five labels, never two neighbours, always the first", () => {
    for (let n = 6; n <= 16; n++) {
      const shown = labelled(n);
      expect(shown.length, `${n} ticks`).toBeLessThanOrEqual(5);
      expect(shown[0]).toBe(0);
      shown.slice(1).forEach((i, k) => expect(i - shown[k]!, `${n} ticks`).toBeGreaterThan(1));
    }
  });

  it("thins the widest axis a band chart can get ($100k to $500k in $50k steps)", () => {
    const values = ticks(bandDomain([100_000, 500_000]));
    expect(values).toHaveLength(9);
    expect(labelled(values.length).map((i) => values[i])).toEqual([100_000, 200_000, 300_000, 400_000, 500_000]);
  });
});
