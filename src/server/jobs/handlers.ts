import "server-only";
import type { JobName } from "@/server/jobs/definitions";
import { expireListingsPastTheirDate } from "@/server/jobs/handlers/expire-listings";
import { refreshSalaryBands } from "@/server/jobs/handlers/refresh-salary-bands";
import { refreshSearchTerms } from "@/server/search/terms";
import { refreshSearchFacets } from "@/server/jobs/handlers/refresh-search-facets";
import { remindInterviewOutcomes } from "@/server/applications/interview-reminders";
import { remindExpiringListings } from "@/server/listings/expiry-reminders";
import { deliverDueMail } from "@/server/mail/deliver";
import { sendDailyDigests } from "@/server/mail/digests";
import { sendAdminDailySummaries } from "@/server/moderation/daily-summary";
import { sendSavedSearchAlerts } from "@/server/candidates/search-alerts";
import { checkNearDuplicates } from "@/server/moderation/duplicate-check";

/** What each job does. Throwing makes pg-boss retry it (with backoff) up to its queue's retry limit. */
export type JobHandler = (data: Record<string, unknown>) => Promise<unknown>;

export const JOB_HANDLERS: Record<JobName, JobHandler> = {
  "expire-listings": () => expireListingsPastTheirDate(),
  "refresh-salary-bands": () => refreshSalaryBands(),
  "refresh-search-terms": () => refreshSearchTerms(),
  "refresh-search-facets": () => refreshSearchFacets(),
  "deliver-email": () => deliverDueMail(),
  "send-mail-digests": () => sendDailyDigests(),
  "remind-expiring-listings": () => remindExpiringListings(),
  "remind-interview-outcomes": () => remindInterviewOutcomes(),
  "admin-daily-summary": () => sendAdminDailySummaries(),
  "send-search-alerts": () => sendSavedSearchAlerts(),
  "check-near-duplicates": async (data) => ({
    checked: await checkNearDuplicates(typeof data.listingId === "string" ? data.listingId : undefined),
  }),
};
