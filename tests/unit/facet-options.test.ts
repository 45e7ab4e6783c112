import { describe, expect, it } from "vitest";
import { countText, withCounts } from "@/components/search/facet-options";

// How facet counts read on /jobs (docs/decisions/015-search-at-scale.md): exact numbers as they are,
// lower bounds (counts over the newest matching roles) with "+", and no number for "none among them".

const vocabulary = [
  { value: "staff", label: "Staff" },
  { value: "principal", label: "Principal" },
  { value: "head", label: "Head" },
];

describe("facet options", () => {
  it("shows exact counts as they are, zero included", () => {
    const options = withCounts(vocabulary, [{ value: "staff", count: 1234 }]);
    expect(options.map(countText)).toEqual(["1234", "0", "0"]);
    expect(options.every((o) => o.atLeast === undefined)).toBe(true);
  });

  it("marks lower bounds with a plus and leaves a zero lower bound without a number", () => {
    const options = withCounts(
      vocabulary,
      [
        { value: "principal", count: 1000 },
        { value: "staff", count: 12 },
      ],
      "count",
      true,
    );
    expect(options.map((o) => [o.value, countText(o)])).toEqual([
      ["principal", "1,000+"],
      ["staff", "12+"],
      ["head", null],
    ]);
    expect(options.every((o) => o.atLeast)).toBe(true);
  });
});
