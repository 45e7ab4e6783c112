import type { ReactNode } from "react";
import { formatDate, plural } from "@/lib/format";
import { listingPath } from "@/lib/site-url";
import type { MailData, MailKind } from "@/server/mail/kinds";
import { A, Button, List, P, Quote } from "@/server/mail/templates/parts";

// What each kind of mail says: a subject, the inbox preview line and the body. Written once as React;
// render.tsx turns each into HTML and plain text inside the common layout and footer.

/** Absolute links for a message (SITE_URL, see src/lib/site-url.ts). */
export type MailLinks = { url: (path: string) => string };

type Template<D> = {
  subject: (data: D) => string;
  preview: (data: D) => string;
  body: (data: D, links: MailLinks) => ReactNode;
};

type Templates = { [K in MailKind]: Template<MailData<K>> };

const statusWords = {
  REVIEWING: "is being reviewed",
  INTERVIEW: "moved to interviews",
  OFFER: "reached the offer stage",
  HIRED: "ended in a hire",
  REJECTED: "is not progressing",
} as const;

const day = (iso: string) => formatDate(new Date(iso));

export const TEMPLATES: Templates = {
  "verify-email": {
    subject: () => "Confirm your email address",
    preview: () => "One click confirms your Backplane account.",
    body: (d, { url }) => (
      <>
        <P>Hello {d.name},</P>
        <P>Confirm that this address is yours to finish setting up your Backplane account. The link works for 24 hours.</P>
        <Button href={url(`/verify-email/${d.token}`)}>Confirm my address</Button>
        <P muted>If you did not create an account, ignore this message: nothing happens without the link.</P>
      </>
    ),
  },
  "signup-attempt": {
    subject: () => "Someone tried to sign up with your address",
    preview: () => "Your Backplane account is unchanged.",
    body: (d, { url }) => (
      <>
        <P>Hello {d.name},</P>
        <P>
          Someone just tried to create a new Backplane account with this address. You already have one, so nothing was created and
          your account is unchanged.
        </P>
        <P>
          If it was you, <A href={url("/sign-in")}>sign in</A> instead, or{" "}
          <A href={url("/forgot-password")}>choose a new password</A> if you forgot it.
          {d.verified ? null : " Choosing a new password also confirms your address."}
        </P>
        <P muted>If it was not you, there is nothing to do.</P>
      </>
    ),
  },
  "password-reset": {
    subject: () => "Choose a new password",
    preview: () => "The link works for 30 minutes.",
    body: (d, { url }) => (
      <>
        <P>Hello {d.name},</P>
        <P>Someone asked to reset the password of your Backplane account. The link works once, for 30 minutes.</P>
        <Button href={url(`/reset-password/${d.token}`)}>Choose a new password</Button>
        <P muted>If you did not ask, ignore this message: your password stays as it is.</P>
      </>
    ),
  },
  "password-changed": {
    subject: () => "Your password was changed",
    preview: () => "Every other session was signed out.",
    body: (d, { url }) => (
      <>
        <P>Hello {d.name},</P>
        <P>The password of your Backplane account was just changed, and every other signed-in browser was signed out.</P>
        <P>
          If that was not you, <A href={url("/forgot-password")}>reset your password now</A>.
        </P>
      </>
    ),
  },
  "email-change": {
    subject: () => "Confirm your new email address",
    preview: () => "One click moves your Backplane account to this address.",
    body: (d, { url }) => (
      <>
        <P>Hello {d.name},</P>
        <P>
          You asked to use this address for your Backplane account. Your account keeps its old address until you follow the link,
          which works for 24 hours.
        </P>
        <Button href={url(`/settings/account/confirm/${d.token}`)}>Use this address</Button>
        <P muted>If you did not ask, ignore this message: nothing changes without the link.</P>
      </>
    ),
  },
  "email-changed": {
    subject: () => "Your Backplane address was changed",
    preview: () => "Your account now uses a new address.",
    body: (d, { url }) => (
      <>
        <P>Hello {d.name},</P>
        <P>
          Your Backplane account now uses {d.newEmail}; this address no longer signs in. Every other signed-in browser was signed
          out.
        </P>
        <P>
          If it was you, there is nothing to do: <A href={url("/sign-in")}>sign in</A> with the new address from now on.
        </P>
        <P muted>
          If it was not you, someone signed in with your password and moved the account: keep this message as proof that the
          account was yours.
        </P>
      </>
    ),
  },
  "team-invitation": {
    subject: (d) => `${d.inviterName} invited you to ${d.companyName} on Backplane`,
    preview: (d) => `Join ${d.companyName}'s hiring team.`,
    body: (d, { url }) => (
      <>
        <P>
          {d.inviterName} invited you to join {d.companyName} on Backplane as {d.role === "OWNER" ? "an owner" : "a recruiter"}:
          you will post roles and follow applicants with the team.
        </P>
        <Button href={url(`/invitations/${d.token}`)}>Accept the invitation</Button>
        <P>No Backplane account yet? The same link lets you create one for this address. It works for 7 days, once.</P>
        <P muted>If you do not know {d.inviterName}, ignore this message.</P>
      </>
    ),
  },
  "company-verification": {
    subject: (d) => `Confirm that ${d.companyName} uses ${d.domain}`,
    preview: (d) => `${d.requesterName} asked to verify ${d.companyName} on Backplane.`,
    body: (d, { url }) => (
      <>
        <P>
          {d.requesterName} asked Backplane to mark {d.companyName} as a verified employer, by showing that the company receives
          mail at {d.domain}. If that is right, open the link signed in as a member of {d.companyName}&apos;s team and confirm.
        </P>
        <Button href={url(`/employer/company/verify/${d.token}`)}>Verify {d.domain}</Button>
        <P>The link works for 24 hours, once.</P>
        <P muted>
          If you do not know {d.companyName} or {d.requesterName}, ignore this message: nothing is verified without the link.
        </P>
      </>
    ),
  },
  "application-received": {
    subject: (d) => `Application sent: ${d.listingTitle}`,
    preview: (d) => `${d.companyName} has your application.`,
    body: (d, { url }) => (
      <>
        <P>
          Your application for {d.listingTitle} at {d.companyName} was sent. We will write when its status changes.
        </P>
        <Button href={url(`/account/applications/${d.applicationId}`)}>See your application</Button>
      </>
    ),
  },
  "application-status-changed": {
    subject: (d) => `Your application to ${d.companyName} ${statusWords[d.status]}`,
    preview: (d) => `${d.listingTitle}: ${statusWords[d.status]}.`,
    body: (d, { url }) => (
      <>
        <P>
          Your application for {d.listingTitle} at {d.companyName} {statusWords[d.status]}.
        </P>
        {d.message ? (
          <>
            <P>Their message:</P>
            <Quote>{d.message}</Quote>
          </>
        ) : null}
        <Button href={url(`/account/applications/${d.applicationId}`)}>See your application</Button>
      </>
    ),
  },
  "listing-closed": {
    subject: (d) => `${d.listingTitle} at ${d.companyName} is closed`,
    preview: () => "The role stopped taking applications.",
    body: (d, { url }) => (
      <>
        <P>
          {d.companyName} closed {d.listingTitle}, a role you applied to. Your application stays in your list.
        </P>
        <Button href={url(`/account/applications/${d.applicationId}`)}>See your application</Button>
      </>
    ),
  },
  "saved-search-alert": {
    subject: (d) => `${plural(d.listings.length, "new role")} for “${d.searchName}”`,
    preview: (d) => d.listings.map((l) => l.title).join(", "),
    body: (d, { url }) => (
      <>
        <P>New roles match your saved search “{d.searchName}”:</P>
        <List
          items={d.listings.map((l) => (
            <>
              <A href={url(listingPath(l.slug))}>{l.title}</A> at {l.companyName}, {l.pay}
            </>
          ))}
        />
        <Button href={url(d.searchPath)}>See the whole search</Button>
      </>
    ),
  },
  "new-application": {
    subject: (d) => `New application: ${d.listingTitle}`,
    preview: (d) => `${d.candidateName} applied.`,
    body: (d, { url }) => (
      <>
        <P>
          {d.candidateName} applied to {d.listingTitle}.
        </P>
        <Button href={url(`/employer/listings/${d.listingId}`)}>Review the application</Button>
      </>
    ),
  },
  "new-application-digest": {
    subject: (d) => `${plural(d.items.length, "new application")} today`,
    preview: (d) => d.items.map((i) => `${i.candidateName} → ${i.listingTitle}`).join(", "),
    body: (d, { url }) => (
      <>
        <P>Applications since your last summary:</P>
        <List
          items={d.items.map((i) => (
            <>
              {i.candidateName} applied to <A href={url(`/employer/listings/${i.listingId}`)}>{i.listingTitle}</A>
            </>
          ))}
        />
        <Button href={url("/employer/listings")}>Open your listings</Button>
      </>
    ),
  },
  "listing-approved": {
    subject: (d) => `Published: ${d.listingTitle}`,
    preview: () => "Your role is live on Backplane.",
    body: (d, { url }) => (
      <>
        <P>
          A moderator approved {d.listingTitle}. It is live on the board now, for 30 days unless you confirm it is still open.
        </P>
        <Button href={url(listingPath(d.listingSlug))}>See it on the board</Button>
      </>
    ),
  },
  "listing-rejected": {
    subject: (d) => `Changes needed: ${d.listingTitle}`,
    preview: (d) => d.reason.slice(0, 120),
    body: (d, { url }) => (
      <>
        <P>A moderator sent {d.listingTitle} back before publishing it. Their reason:</P>
        <Quote>{d.reason}</Quote>
        <P>Change what they asked for and submit it again.</P>
        <Button href={url(`/employer/listings/${d.listingId}`)}>Open the listing</Button>
      </>
    ),
  },
  "listing-moderated": {
    subject: (d) => (d.action === "unpublished" ? `Removed: ${d.listingTitle}` : `Changes needed: ${d.listingTitle}`),
    preview: (d) => d.note.slice(0, 120),
    body: (d, { url }) => (
      <>
        {d.action === "unpublished" ? (
          <P>A moderator removed {d.listingTitle} from the board after a report. Their reason:</P>
        ) : (
          <P>
            A moderator took {d.listingTitle} off the board after a report and sent it back to review. What they ask you to fix:
          </P>
        )}
        <Quote>{d.note}</Quote>
        {d.action === "unpublished" ? (
          <P>Its page now tells candidates the role is no longer available; your listing in Backplane shows the reason too.</P>
        ) : (
          <P>Change what they asked for; once a moderator approves it, it is live again.</P>
        )}
        <Button href={url(`/employer/listings/${d.listingId}`)}>Open the listing</Button>
      </>
    ),
  },
  "listing-expiring": {
    subject: (d) => `${d.listingTitle} expires on ${day(d.expiresAt)}`,
    preview: () => "One click keeps it open for another 30 days.",
    body: (d, { url }) => (
      <>
        <P>
          {d.listingTitle} leaves the board on {day(d.expiresAt)}. If the role is still open, say so: it stays up for another 30
          days and candidates see it was confirmed recently.
        </P>
        <Button href={url(`/still-open/${d.confirmToken}`)}>It is still open</Button>
        <P muted>If the role is filled, do nothing: the listing expires on its own and stays in your archive.</P>
      </>
    ),
  },
  "interview-outcome-due": {
    subject: (d) => `${d.candidateName} is waiting to hear about ${d.listingTitle}`,
    preview: (d) => `Interviewed on ${day(d.interviewedAt)}; no outcome yet.`,
    body: (d, { url }) => (
      <>
        <P>
          {d.candidateName} interviewed for {d.listingTitle} on {day(d.interviewedAt)} and has not heard the outcome yet. Ontario
          requires employers to tell interviewed applicants the outcome within 45 days, and every candidate deserves to know.
        </P>
        <Button href={url(`/employer/applications/${d.applicationId}`)}>Tell them the outcome</Button>
        <P muted>Moving the applicant to Offer, Hired or Rejected sends them the news, with your message.</P>
      </>
    ),
  },
  "report-outcome": {
    subject: (d) => `Your report about ${d.listingTitle}`,
    preview: (d) => (d.outcome === "RESOLVED" ? "Moderators acted on it." : "Moderators looked into it."),
    body: (d) => (
      <>
        <P>
          Thank you for reporting {d.listingTitle}.{" "}
          {d.outcome === "RESOLVED" ? "Moderators agreed and acted on it." : "Moderators looked into it and left the listing up."}
        </P>
        {d.note ? <Quote>{d.note}</Quote> : null}
      </>
    ),
  },
  "admin-daily-summary": {
    subject: (d) => `Review queue: ${plural(d.pendingCount, "listing")} waiting, ${plural(d.openReports, "open report")}`,
    preview: (d) => (d.oldestPending ? `Oldest waiting since ${day(d.oldestPending.submittedAt)}.` : "Nothing is waiting."),
    body: (d, { url }) => (
      <>
        <List
          items={[
            <>{plural(d.pendingCount, "listing")} waiting for review</>,
            d.oldestPending ? (
              <>
                The oldest: {d.oldestPending.title}, submitted {day(d.oldestPending.submittedAt)}
              </>
            ) : (
              <>Nothing has been waiting</>
            ),
            <>{plural(d.openReports, "open report")}</>,
          ]}
        />
        <Button href={url("/admin/review")}>Open the review queue</Button>
      </>
    ),
  },
};
