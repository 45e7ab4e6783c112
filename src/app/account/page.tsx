import type { Metadata } from "next";
import Link from "next/link";
import { ApplicationStatusBadge } from "@/components/applications/application-status-badge";
import { ButtonLink, Card, PageHeader } from "@/components/ui";
import { formatDate } from "@/lib/format";
import { listOwnApplications } from "@/server/applications/candidate";
import { pageActor } from "@/server/auth/page-actor";
import { getOwnProfile, profileCompleteness } from "@/server/candidates/profile";
import { listSavedListings } from "@/server/candidates/saved-listings";
import { candidateListingState } from "@/lib/listing-lifecycle";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

export default async function AccountHomePage() {
  const actor = await pageActor("CANDIDATE", "/account");
  if (!actor) return null;
  const [profile, applications, saved] = await Promise.all([
    getOwnProfile(actor),
    listOwnApplications(actor),
    listSavedListings(actor),
  ]);
  const savedOpen = saved.filter((s) => candidateListingState(s.listing) === "open").length;
  if (!profile) return null;
  const completeness = profileCompleteness(profile);
  const missing = completeness.parts.filter((p) => !p.done);
  const recent = applications.slice(0, 3);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={`Hello, ${profile.name}`} description="Your profile and your applications on Backplane." />
      <div className="grid gap-6 md:grid-cols-2">
        <Card as="section" aria-labelledby="profile-heading">
          <h2 id="profile-heading" className="text-lg font-semibold text-ink">
            Profile
          </h2>
          <p className="mt-1 text-sm text-ink-muted">
            {completeness.done} of {completeness.total} parts filled in.
          </p>
          <progress
            className="mt-3 w-full"
            max={completeness.total}
            value={completeness.done}
            aria-label="Profile completeness"
          />
          {missing.length > 0 ? (
            <ul className="mt-3 flex flex-col gap-1 text-sm">
              {missing.map((part) => (
                <li key={part.field}>
                  <Link className="link" href={`/account/profile#${part.field}`}>
                    Add: {part.label}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-3 text-sm text-ink">Everything is filled in: listings show your true eligibility.</p>
          )}
          <div className="mt-4">
            <ButtonLink href="/account/profile" variant="secondary" size="sm">
              Edit your profile
            </ButtonLink>
          </div>
        </Card>
        <Card as="section" aria-labelledby="applications-heading">
          <h2 id="applications-heading" className="text-lg font-semibold text-ink">
            Applications
          </h2>
          {recent.length === 0 ? (
            <p className="mt-1 text-sm text-ink-muted">
              No applications yet.{" "}
              <Link className="link" href="/jobs">
                Find a role
              </Link>
            </p>
          ) : (
            <>
              <ul className="mt-3 flex flex-col gap-3">
                {recent.map((application) => (
                  <li key={application.id} className="flex flex-wrap items-center justify-between gap-2">
                    <span>
                      <Link className="link font-medium" href={`/account/applications/${application.id}`}>
                        {application.listing.title}
                      </Link>
                      <span className="block text-sm text-ink-muted">
                        {application.listing.company.name} · {formatDate(application.createdAt)}
                      </span>
                    </span>
                    <ApplicationStatusBadge status={application.status} />
                  </li>
                ))}
              </ul>
              <Link className="link mt-4 inline-block text-sm" href="/account/applications">
                All {applications.length} applications
              </Link>
            </>
          )}
        </Card>
        <Card as="section" aria-labelledby="saved-heading">
          <h2 id="saved-heading" className="text-lg font-semibold text-ink">
            Saved roles
          </h2>
          <p className="mt-1 text-sm text-ink-muted">
            {saved.length === 0
              ? "Nothing saved yet: use “Save this role” on a listing."
              : `${saved.length} saved, ${savedOpen} still open.`}
          </p>
          <Link className="link mt-4 inline-block text-sm" href="/account/saved">
            Your saved roles
          </Link>
        </Card>
      </div>
    </div>
  );
}
