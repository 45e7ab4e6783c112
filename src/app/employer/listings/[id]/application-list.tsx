import { Badge, Card, EmptyState, type BadgeTone } from "@/components/ui";
import type { ApplicationStatus } from "@/generated/prisma/enums";
import { formatDate, isoDate } from "@/lib/format";

type Application = {
  id: string;
  status: ApplicationStatus;
  coverNote: string;
  createdAt: Date;
  candidateName: string;
  /** Null when the candidate deleted their account (the name then reads "Deleted candidate"). */
  candidateEmail: string | null;
  /** The CV sent with the application, served by /documents/<id> to the company's members. */
  cvDocumentId: string | null;
};

// The employer's view of the pipeline (the candidate sees gentler wording for the same states).
const statusView: Record<ApplicationStatus, { label: string; tone: BadgeTone }> = {
  NEW: { label: "New", tone: "accent" },
  REVIEWING: { label: "Reviewing", tone: "warning" },
  INTERVIEW: { label: "Interview", tone: "warning" },
  OFFER: { label: "Offer", tone: "success" },
  HIRED: { label: "Hired", tone: "success" },
  REJECTED: { label: "Rejected", tone: "outline" },
  WITHDRAWN: { label: "Withdrawn", tone: "outline" },
};

export function ApplicationList({ applications }: { applications: Application[] }) {
  if (applications.length === 0) {
    return (
      <EmptyState
        headingLevel="h3"
        title="No applications yet"
        description="Applications arrive here once the listing is published and candidates apply."
      />
    );
  }
  return (
    <ul className="flex flex-col gap-3">
      {applications.map((a) => (
        <li key={a.id}>
          <Card as="article" aria-labelledby={`application-${a.id}`} padding="sm" className="flex flex-col gap-2">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div className="min-w-0">
                <h3 id={`application-${a.id}`} className="font-semibold text-ink">
                  {a.candidateName}
                </h3>
                {a.candidateEmail ? (
                  <p className="text-sm break-all">
                    <a className="link" href={`mailto:${a.candidateEmail}`}>
                      {a.candidateEmail}
                    </a>
                  </p>
                ) : (
                  <p className="text-sm text-ink-muted">This candidate deleted their account.</p>
                )}
              </div>
              <div className="flex items-center gap-2 text-sm text-ink-muted">
                <Badge tone={statusView[a.status].tone}>{statusView[a.status].label}</Badge>
                <time dateTime={isoDate(a.createdAt)}>{formatDate(a.createdAt)}</time>
              </div>
            </div>
            <p className="text-sm whitespace-pre-line text-ink">{a.coverNote}</p>
            {a.cvDocumentId ? (
              <p className="text-sm">
                <a className="link" href={`/documents/${a.cvDocumentId}`}>
                  Download CV (PDF)<span className="sr-only"> of {a.candidateName}</span>
                </a>
              </p>
            ) : null}
          </Card>
        </li>
      ))}
    </ul>
  );
}
