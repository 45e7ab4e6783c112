import type PgBoss from "pg-boss";

// Every background and scheduled task Backplane runs, in one list: its queue settings and, for jobs that
// also run on a clock, a cron schedule (UTC). What each job does is in handlers.ts (keyed by the same
// names, so a job without a handler does not compile). Enqueue with enqueueJob (enqueue.ts), never with
// pg-boss directly. See docs/decisions/009-jobs.md.

export type JobQueueDefinition = {
  /** pg-boss queue settings: retries with backoff; "stately" keeps at most one waiting copy. */
  queue: Omit<PgBoss.Queue, "name">;
  /** Cron expression in UTC. */
  schedule?: string;
};

export const JOB_DEFINITIONS = {
  // Published listings past their date become EXPIRED through the lifecycle (its after-effects included).
  // Public pages already treat them as ended from the moment they pass it; this makes the state say so.
  "expire-listings": {
    queue: { policy: "stately", retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 },
    schedule: "*/5 * * * *",
  },
  // Salary bands from the live and recently archived listings: after any change to the live set
  // (enqueued by the lifecycle's after-effects; the stately policy folds a burst into one run) and once
  // a day, so the 12-month window keeps rolling.
  "refresh-salary-bands": {
    queue: { policy: "stately", retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 600 },
    schedule: "17 3 * * *",
  },
  // The "Did you mean" vocabulary (docs/decisions/013-did-you-mean.md): the words of live titles, companies
  // and skills. After any change to the live set (the lifecycle's after-effects) and hourly, for listings
  // that passed their date between expiry runs and for renamed companies or skills.
  "refresh-search-terms": {
    queue: { policy: "stately", retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 600 },
    schedule: "41 * * * *",
  },
  // The whole live set's facet counts (docs/decisions/015-search-at-scale.md): enqueued by the lifecycle's
  // after-effects beside the salary bands (stately: a burst of changes recounts once) and hourly as a
  // backstop. Listings passing their date leave the counts when expire-listings moves them (every 5 min).
  "refresh-search-facets": {
    queue: { policy: "stately", retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 600 },
    schedule: "47 * * * *",
  },
  // Sends what the outbox holds (docs/decisions/020-email-outbox.md): kicked after every transaction that
  // writes mail, and every minute for retries that came due and kicks that were lost. Stately: a burst of
  // kicks folds into one waiting run. Its own retries are for a failure of the run itself (the database);
  // a message's failures are counted on its row.
  "deliver-email": {
    queue: { policy: "stately", retryLimit: 2, retryDelay: 15, retryBackoff: true, expireInSeconds: 900 },
    schedule: "* * * * *",
  },
  // The day's new-application mail for members who chose a daily digest, one message each.
  "send-mail-digests": {
    queue: { policy: "stately", retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 600 },
    schedule: "5 7 * * *",
  },
  // Employers hear three days ahead that a listing will expire, with a one-click "still open" link.
  "remind-expiring-listings": {
    queue: { policy: "stately", retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 600 },
    schedule: "20 * * * *",
  },
  // Members hear when an interviewed applicant has waited 35 days for an outcome (Ontario's 45-day rule).
  "remind-interview-outcomes": {
    queue: { policy: "stately", retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 600 },
    schedule: "35 8 * * *",
  },
  // Each admin's morning summary of the review queue and open reports.
  "admin-daily-summary": {
    queue: { policy: "stately", retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 600 },
    schedule: "0 7 * * *",
  },
  // Saved-search alerts: each daily or weekly saved search, once its period has passed, gets one mail with
  // the matching listings published since its last alert (src/server/candidates/search-alerts.ts).
  "send-search-alerts": {
    queue: { policy: "stately", retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 900 },
    schedule: "35 * * * *",
  },
  // Near-duplicates of a listing that entered review (data: { listingId }), enqueued by the lifecycle's
  // after-effects and stored for the review queue (docs/decisions/033-verified-employers.md); the query
  // takes seconds on a large board. Every 10 minutes without data, for pending listings whose check is
  // missing or stale (a lost enqueue, an edit of a waiting listing).
  "check-near-duplicates": {
    queue: { policy: "standard", retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 600 },
    schedule: "*/10 * * * *",
  },
} as const satisfies Record<string, JobQueueDefinition>;

export type JobName = keyof typeof JOB_DEFINITIONS;

export const JOB_NAMES = Object.keys(JOB_DEFINITIONS) as JobName[];
