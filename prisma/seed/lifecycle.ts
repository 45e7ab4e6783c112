import type { ListingCloseReason, ListingStatus } from "@/generated/prisma/enums";
import { EMPLOYER_CLOSE_REASONS } from "@/lib/close-reasons";
import { LISTING_LIFETIME_DAYS } from "@/lib/listing-lifecycle";
import type { Random } from "./random";

// Status and timestamps of seeded listings.
//
// The one non-deterministic input is the day the seed runs: every date is an offset back from
// `anchor`, midnight UTC of that day. Two runs on the same day write identical rows; a run on a later
// day moves the whole demo forward, so it never goes stale ("posted 3 days ago" stays true, published
// listings stay live). Every timestamp is before the anchor, so nothing is dated in the future except
// expiry. Published listings are at most LISTING_LIFETIME_DAYS - 1 days old and expire LISTING_LIFETIME_DAYS
// after their last confirmation, so each expires at least a day after the anchor: after the seed runs.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function anchorFor(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export type Lifecycle = {
  status: ListingStatus;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  reviewed: boolean;
  rejectionReason: string | null;
  publishedAt: Date | null;
  confirmedAt: Date | null;
  expiresAt: Date | null;
  closedAt: Date | null;
  closedReason: ListingCloseReason | null;
  expiredAt: Date | null;
  viewCount: number;
};

export const STATUS_WEIGHTS: [ListingStatus, number][] = [
  ["PUBLISHED", 78],
  ["PENDING_REVIEW", 7],
  ["DRAFT", 4],
  ["REJECTED", 3],
  ["CLOSED", 4],
  ["EXPIRED", 4],
];

const REJECTION_REASONS = [
  "The description asks people to relocate to an office, which contradicts a remote listing. Remove the relocation requirement, then resubmit.",
  "The listing says it is open worldwide, but the text limits hiring to US residents. Make the eligibility fields and the description agree.",
  "The application link points to an outside form that asks for bank details. Applications must not collect payment information.",
  "The stated pay does not match the description, which mentions a different range. Please correct one of them.",
];

export function generateLifecycle(status: ListingStatus, anchor: Date, random: Random): Lifecycle {
  const t = anchor.getTime();
  /** A moment `days` whole days plus a random part of a day before the anchor. */
  const ago = (days: number) => new Date(t - days * DAY - random.int(1, 1439) * MINUTE);
  const before = (date: Date, minHours: number, maxHours: number) =>
    new Date(date.getTime() - random.int(minHours * 60, maxHours * 60) * MINUTE);
  const after = (date: Date, ms: number) => new Date(date.getTime() + ms);
  const base = {
    status,
    submittedAt: null,
    reviewedAt: null,
    reviewed: false,
    rejectionReason: null,
    publishedAt: null,
    confirmedAt: null,
    expiresAt: null,
    closedAt: null,
    closedReason: null,
    expiredAt: null,
    viewCount: 0,
  };

  switch (status) {
    case "DRAFT": {
      const createdAt = ago(random.int(0, 10));
      return { ...base, createdAt, updatedAt: createdAt };
    }
    case "PENDING_REVIEW": {
      const submittedAt = ago(random.int(0, 4));
      return { ...base, createdAt: before(submittedAt, 1, 72), updatedAt: submittedAt, submittedAt };
    }
    case "REJECTED": {
      const reviewedAt = ago(random.int(0, 10));
      const submittedAt = before(reviewedAt, 1, 30);
      return {
        ...base,
        createdAt: before(submittedAt, 1, 72),
        updatedAt: reviewedAt,
        submittedAt,
        reviewedAt,
        reviewed: true,
        rejectionReason: random.pick(REJECTION_REASONS),
      };
    }
    case "PUBLISHED": {
      // Whole days old, at most two short of the lifetime, so every one expires after the seed runs.
      const maxAge = LISTING_LIFETIME_DAYS - 2;
      const age = random.int(0, maxAge);
      const publishedAt = ago(age);
      // Older listings have usually been re-confirmed by the employer, which restarts the clock.
      const confirmedAt = age >= maxAge * 0.6 && random.chance(0.6) ? ago(random.int(0, Math.min(6, age - 1))) : publishedAt;
      return { ...published(publishedAt, confirmedAt), status, viewCount: random.int(15, 40) * (age + 2) };
    }
    case "CLOSED": {
      const publishedAt = ago(random.int(20, 60));
      const closedAt = after(publishedAt, random.int(5, 19) * DAY);
      // published() draws before the view count, as it always has, so every other seeded value stays the same.
      const lifecycle = {
        ...published(publishedAt, publishedAt),
        status,
        closedAt,
        updatedAt: closedAt,
        viewCount: random.int(300, 1500),
      };
      // Derived from a value already drawn: the reason draws nothing.
      const closedReason = EMPLOYER_CLOSE_REASONS[lifecycle.viewCount % EMPLOYER_CLOSE_REASONS.length]!;
      return { ...lifecycle, closedReason };
    }
    case "EXPIRED": {
      const publishedAt = ago(random.int(35, 120));
      const expiresAt = after(publishedAt, LISTING_LIFETIME_DAYS * DAY);
      const expiredAt = after(expiresAt, random.int(1, 60) * MINUTE);
      return {
        ...published(publishedAt, publishedAt),
        status,
        expiredAt,
        updatedAt: expiredAt,
        viewCount: random.int(300, 1500),
      };
    }
  }

  function published(publishedAt: Date, confirmedAt: Date) {
    const submittedAt = before(publishedAt, 1, 48);
    return {
      ...base,
      createdAt: before(submittedAt, 1, 72),
      updatedAt: confirmedAt,
      submittedAt,
      reviewedAt: publishedAt,
      reviewed: true,
      publishedAt,
      confirmedAt,
      expiresAt: after(confirmedAt, LISTING_LIFETIME_DAYS * DAY),
    };
  }
}
