import { describe, expect, it } from "vitest";
import { effectiveSort, parseSearchParams, queryToSearchParams, searchParamsToQuery } from "@/lib/schemas/search";
import { normaliseTimezone, parseUtcOffset, zoneOffsetAt } from "@/lib/utc-offset";

const parse = (qs: string) => parseSearchParams(new URLSearchParams(qs));

describe("the search query schema", () => {
  it("reads every parameter, lists from repeated keys or commas", () => {
    const result = parse(
      "q=kafka&level=staff&level=principal&skill=go,rust&skillMatch=all&minPay=200000&country=DE&tz=europe/berlin&industry=fintech&engagement=employee&visa=will-sponsor&takeHome=none&onCall=none,escalation-only&ownership=greenfield&teamSize=small&teamSize=medium&postedWithinDays=7&sort=pay&limit=10",
    );
    expect(result).toEqual({
      ok: true,
      query: {
        q: "kafka",
        level: ["staff", "principal"],
        skill: ["go", "rust"],
        skillMatch: "all",
        minPay: 200_000,
        country: "DE",
        tz: "Europe/Berlin",
        industry: ["fintech"],
        engagement: ["employee"],
        visa: ["will-sponsor"],
        takeHome: ["none"],
        onCall: ["none", "escalation-only"],
        ownership: ["greenfield"],
        teamSize: ["small", "medium"],
        postedWithinDays: 7,
        sort: "pay",
        cursor: undefined,
        limit: 10,
      },
    });
  });

  it("reads each value in its one documented spelling: no case folding, padding, blank items or digit grouping", () => {
    for (const [qs, parameter] of [
      ["engagement=Employee", "engagement"],
      ["visa=WILL-SPONSOR", "visa"],
      ["takeHome=NONE", "takeHome"],
      ["onCall=no-on-call", "onCall"],
      ["ownership=Greenfield", "ownership"],
      ["teamSize=tiny", "teamSize"],
      ["level=Staff", "level"],
      ["skill=go,%20rust", "skill"],
      ["level=staff,", "level"],
      ["minPay=200,000", "minPay"],
      ["limit=1e1", "limit"],
      ["sort=Newest", "sort"],
      ["country=de", "country"],
      ["q=" + "x".repeat(200) + "%20", "q"],
    ] as const) {
      const result = parse(qs);
      expect(result.ok, qs).toBe(false);
      if (!result.ok)
        expect(
          result.errors.map((e) => e.parameter),
          qs,
        ).toEqual([parameter]);
    }
  });

  it("counts list values as given, then keeps each once", () => {
    expect(parse("level=staff,staff&level=staff")).toMatchObject({ ok: true, query: { level: ["staff"] } });
    expect(parse(`level=${Array(11).fill("staff").join(",")}`)).toMatchObject({ ok: false, errors: [{ parameter: "level" }] });
  });

  it("names each invalid parameter with a message a person can act on", () => {
    const result = parse("minPay=lots&country=Germany&tz=Mars/Olympus&sort=best&limit=500&engagement=intern&postedWithinDays=0");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.parameter).sort()).toEqual([
      "country",
      "engagement",
      "limit",
      "minPay",
      "postedWithinDays",
      "sort",
      "tz",
    ]);
    expect(result.errors.find((e) => e.parameter === "tz")?.message).toBe(
      "Use a timezone name such as Europe/Berlin, or an offset such as UTC+05:30.",
    );
  });

  it("drops only the invalid parameters for pages", () => {
    const { query, errors } = searchParamsToQuery(new URLSearchParams("q=go&minPay=-5&level=staff"));
    expect(errors.map((e) => e.parameter)).toEqual(["minPay"]);
    expect(query).toMatchObject({ q: "go", level: ["staff"] });
    expect(query.minPay).toBeUndefined();
  });

  it("treats blanks as absent and round-trips through URL parameters", () => {
    const { query } = searchParamsToQuery(
      new URLSearchParams("q=&country=&tz=UTC%2B5:30&level=staff&level=&skill=kafka&skill=go&skillMatch=all"),
    );
    expect(query.q).toBeUndefined();
    expect(query.country).toBeUndefined();
    expect(query.tz).toBe("UTC+05:30");
    // The URL form is canonical (lists sorted), so equal queries share one cache entry.
    const again = searchParamsToQuery(queryToSearchParams(query)).query;
    expect(again).toEqual({ ...query, skill: ["go", "kafka"] });
    expect(queryToSearchParams(query).toString()).toBe("level=staff&skill=go&skill=kafka&skillMatch=all&tz=UTC%2B05%3A30");
  });

  it("writes the role-at-a-glance filters canonically, so saved searches and feeds keep them", () => {
    const { query } = searchParamsToQuery(
      new URLSearchParams("teamSize=large,small&onCall=none&takeHome=none&ownership=greenfield"),
    );
    const canonical = queryToSearchParams(query).toString();
    expect(canonical).toBe("takeHome=none&onCall=none&ownership=greenfield&teamSize=large&teamSize=small");
    expect(searchParamsToQuery(new URLSearchParams(canonical)).query).toEqual({ ...query, teamSize: ["large", "small"] });
  });

  it("sorts by relevance only when there is text to rank", () => {
    expect(effectiveSort({ q: "kafka", sort: undefined })).toBe("relevance");
    expect(effectiveSort({ q: undefined, sort: undefined })).toBe("newest");
    expect(effectiveSort({ q: undefined, sort: "relevance" })).toBe("newest");
    expect(effectiveSort({ q: "kafka", sort: "pay" })).toBe("pay");
  });
});

describe("timezones", () => {
  it("parses offsets and zone names, and knows daylight saving", () => {
    expect(parseUtcOffset("UTC+05:30")).toBe(330);
    expect(parseUtcOffset("-8")).toBe(-480);
    expect(parseUtcOffset("GMT")).toBe(0);
    expect(parseUtcOffset("+15:00")).toBeNull();
    expect(normaliseTimezone("america/new_york")).toBe("America/New_York");
    expect(normaliseTimezone("Nowhere/Special")).toBeNull();
    expect(zoneOffsetAt("Europe/Berlin", new Date("2026-01-15T12:00:00Z"))).toBe(60);
    expect(zoneOffsetAt("Europe/Berlin", new Date("2026-07-15T12:00:00Z"))).toBe(120);
    expect(zoneOffsetAt("Asia/Kolkata", new Date("2026-07-15T12:00:00Z"))).toBe(330);
  });
});
