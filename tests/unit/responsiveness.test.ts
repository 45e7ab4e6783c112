import { describe, expect, it } from "vitest";
import { formatResponseTime, summariseResponsiveness, type ApplicationTiming } from "@/lib/responsiveness";

const now = new Date("2026-12-01T12:00:00Z");
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(now.getTime() - ms);

function app(createdDaysAgo: number, answeredAfterHours: number | null, status: ApplicationTiming["status"] = "REVIEWING") {
  const createdAt = ago(createdDaysAgo * DAY);
  return {
    createdAt,
    respondedAt: answeredAfterHours === null ? null : new Date(createdAt.getTime() + answeredAfterHours * HOUR),
    status,
  };
}

describe("summariseResponsiveness", () => {
  it("counts answered and overdue applications of the last 90 days, with the share in time and the median wait", () => {
    const result = summariseResponsiveness(
      [
        app(30, 2), // in time
        app(40, 24 * 20), // answered, but after 20 days
        app(50, null, "NEW"), // overdue, never answered
        app(20, 10), // in time
      ],
      now,
    );
    expect(result).toEqual({ counted: 4, respondedWithin14Days: 0.5, medianResponseHours: 10, public: false });
  });

  it("leaves out what is not decided or not the company's: too recent and unanswered, withdrawn unanswered, older than 90 days", () => {
    const result = summariseResponsiveness(
      [app(3, null, "NEW"), app(30, null, "WITHDRAWN"), app(120, 5), app(20, 5, "REJECTED")],
      now,
    );
    expect(result).toEqual({ counted: 1, respondedWithin14Days: 1, medianResponseHours: 5, public: false });
  });

  it("has no figures without counted applications, and is public from 10 on", () => {
    expect(summariseResponsiveness([], now)).toEqual({
      counted: 0,
      respondedWithin14Days: null,
      medianResponseHours: null,
      public: false,
    });
    const ten = Array.from({ length: 10 }, (_, i) => app(20 + i, i === 0 ? null : 24));
    expect(summariseResponsiveness(ten, now)).toMatchObject({ counted: 10, respondedWithin14Days: 0.9, public: true });
    expect(summariseResponsiveness(ten.slice(1), now)).toMatchObject({ counted: 9, public: false });
  });

  it("takes the middle of an even number of waits", () => {
    expect(summariseResponsiveness([app(20, 2), app(21, 4), app(22, 6), app(23, 100)], now).medianResponseHours).toBe(5);
  });
});

describe("formatResponseTime", () => {
  it("says hours under two days and days after", () => {
    expect(formatResponseTime(0.2)).toBe("under an hour");
    expect(formatResponseTime(1)).toBe("1 hour");
    expect(formatResponseTime(30)).toBe("30 hours");
    expect(formatResponseTime(72)).toBe("3 days");
  });
});
