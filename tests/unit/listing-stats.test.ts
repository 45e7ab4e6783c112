import { describe, expect, it } from "vitest";
import { isObviousBot } from "@/lib/bot-agent";
import { buildListingStats, lastDays, percent, roughDuration } from "@/lib/listing-stats";
import { remotePolicySummary } from "@/lib/remote-policy";

const now = new Date("2026-12-04T10:00:00Z");

describe("buildListingStats", () => {
  it("fills 30 days oldest first, with zeros where nothing happened, and computes the rate and first application", () => {
    const stats = buildListingStats({
      now,
      viewDays: [
        { day: "2026-12-04", views: 40 },
        { day: "2026-11-20", views: 60 },
      ],
      applicationDays: [{ day: "2026-12-04", applications: 3 }],
      totalViews: 250,
      totalApplications: 5,
      publishedAt: new Date("2026-11-01T09:00:00Z"),
      firstApplicationAt: new Date("2026-11-01T15:00:00Z"),
    });
    expect(stats.days).toHaveLength(30);
    expect(stats.days[0]).toEqual({ day: "2026-11-05", views: 0, applications: 0 });
    expect(stats.days[29]).toEqual({ day: "2026-12-04", views: 40, applications: 3 });
    expect(stats.days.find((d) => d.day === "2026-11-20")).toEqual({ day: "2026-11-20", views: 60, applications: 0 });
    expect(stats.applyRate).toBe(0.02);
    expect(stats.timeToFirstApplicationMs).toBe(6 * 3_600_000);
    expect(percent(stats.applyRate)).toBe("2.0%");
    expect(roughDuration(stats.timeToFirstApplicationMs!)).toBe("6 hours");
  });

  it("has no rate before the first view and no time before the first application", () => {
    const stats = buildListingStats({
      now,
      viewDays: [],
      applicationDays: [],
      totalViews: 0,
      totalApplications: 0,
      publishedAt: now,
      firstApplicationAt: null,
    });
    expect(stats.applyRate).toBeNull();
    expect(stats.timeToFirstApplicationMs).toBeNull();
    expect(percent(null)).toBe("—");
  });

  it("counts days in UTC whatever the hour", () => {
    expect(lastDays(new Date("2026-03-01T23:59:59Z"), 2)).toEqual(["2026-02-28", "2026-03-01"]);
    expect(lastDays(new Date("2026-03-01T00:00:00Z"), 1)).toEqual(["2026-03-01"]);
  });

  it("describes durations coarsely", () => {
    expect(roughDuration(10 * 60_000)).toBe("under an hour");
    expect(roughDuration(3_600_000)).toBe("1 hour");
    expect(roughDuration(3 * 86_400_000)).toBe("3 days");
  });
});

describe("isObviousBot", () => {
  it("ignores crawlers, previews, libraries, headless browsers and a missing User-Agent", () => {
    for (const ua of [
      null,
      "",
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "Mozilla/5.0 (compatible; bingbot/2.0)",
      "facebookexternalhit/1.1",
      "Slackbot-LinkExpanding 1.0",
      "curl/8.5.0",
      "python-requests/2.32",
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0 Safari/537.36",
      "Go-http-client/1.1",
    ]) {
      expect(isObviousBot(ua), String(ua)).toBe(true);
    }
  });

  it("counts ordinary browsers", () => {
    for (const ua of [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (X11; Linux x86_64; rv:135.0) Gecko/20100101 Firefox/135.0",
    ]) {
      expect(isObviousBot(ua), ua).toBe(false);
    }
  });
});

describe("remotePolicySummary", () => {
  it("reads the structured fields as one line", () => {
    expect(
      remotePolicySummary({
        remoteModel: "REMOTE_FIRST",
        meetingStyle: "MOSTLY_ASYNC",
        coreOverlapHours: null,
        offsitesPerYear: 2,
      }),
    ).toBe("Remote-first · mostly async · 2 offsites a year");
    expect(remotePolicySummary({ remoteModel: null, meetingStyle: "CORE_HOURS", coreOverlapHours: 3, offsitesPerYear: 0 })).toBe(
      "Core hours overlap 3 hours a day · no offsites",
    );
    expect(
      remotePolicySummary({ remoteModel: null, meetingStyle: null, coreOverlapHours: null, offsitesPerYear: null }),
    ).toBeNull();
  });
});
