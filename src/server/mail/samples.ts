import type { MailData, MailKind } from "@/server/mail/kinds";

// Example data for every kind: the dev mailbox's previews and the template tests render these.
const token = "sample-token-sample-token-sample-token-0000";
const iso = (days: number) => new Date(Date.UTC(2026, 11, 1 + days, 9)).toISOString();

export const MAIL_SAMPLES: { [K in MailKind]: MailData<K> } = {
  "verify-email": { name: "Robin Example", token },
  "signup-attempt": { name: "Robin Example", verified: true },
  "password-reset": { name: "Robin Example", token },
  "password-changed": { name: "Robin Example" },
  "email-change": { name: "Robin Example", token },
  "email-changed": { name: "Robin Example", newEmail: "robin.new@example.com" },
  "team-invitation": { companyName: "Ledgerline", inviterName: "Ada Owner", role: "RECRUITER", token },
  "company-verification": { companyName: "Ledgerline", requesterName: "Ada Owner", domain: "ledgerline.example", token },
  "application-received": { applicationId: "app_sample", listingTitle: "Staff Backend Architect", companyName: "Ledgerline" },
  "application-status-changed": {
    applicationId: "app_sample",
    listingTitle: "Staff Backend Architect",
    companyName: "Ledgerline",
    status: "INTERVIEW",
    message: "Thanks for applying! We would like to talk about your event-sourcing work.\nDoes Tuesday suit you?",
  },
  "listing-closed": { applicationId: "app_sample", listingTitle: "Staff Backend Architect", companyName: "Ledgerline" },
  "saved-search-alert": {
    searchName: "Staff roles in Europe",
    searchPath: "/jobs?level=staff",
    listings: [
      { title: "Staff Backend Architect", companyName: "Ledgerline", slug: "staff-backend-architect-sample", pay: "$210k–$260k" },
      { title: "Principal Platform Engineer", companyName: "Northwind", slug: "principal-platform-sample", pay: "€180k–€220k" },
    ],
  },
  "new-application": {
    applicationId: "app_sample",
    listingId: "lst_sample",
    listingTitle: "Staff Backend Architect",
    candidateName: "Robin Example",
  },
  "new-application-digest": {
    items: [
      {
        applicationId: "app_1",
        listingId: "lst_sample",
        listingTitle: "Staff Backend Architect",
        candidateName: "Robin Example",
      },
      { applicationId: "app_2", listingId: "lst_sample", listingTitle: "Staff Backend Architect", candidateName: "Sam Sample" },
    ],
  },
  "listing-approved": {
    listingId: "lst_sample",
    listingTitle: "Staff Backend Architect",
    listingSlug: "staff-backend-architect-sample",
  },
  "listing-rejected": {
    listingId: "lst_sample",
    listingTitle: "Staff Backend Architect",
    reason: "The pay range is missing its upper bound. Please add the maximum you will pay.",
  },
  "listing-moderated": {
    listingId: "lst_sample",
    listingTitle: "Staff Backend Architect",
    action: "returned-to-review",
    note: "The description asks candidates to message a Telegram handle; keep contact on Backplane.",
  },
  "listing-expiring": {
    listingId: "lst_sample",
    listingTitle: "Staff Backend Architect",
    expiresAt: iso(3),
    confirmToken: token,
  },
  "interview-outcome-due": {
    applicationId: "app_sample",
    listingTitle: "Staff Backend Architect",
    candidateName: "Ada Lovelace",
    interviewedAt: iso(-36),
  },
  "report-outcome": { listingTitle: "Staff Backend Architect", outcome: "RESOLVED", note: "The listing was removed." },
  "admin-daily-summary": {
    pendingCount: 4,
    oldestPending: { title: "Staff Backend Architect", submittedAt: iso(-2) },
    openReports: 1,
  },
};
