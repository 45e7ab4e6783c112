import { Badge } from "@/components/ui";
import type { ApplicationStatus } from "@/generated/prisma/enums";

const labels: Record<ApplicationStatus, string> = {
  NEW: "Sent",
  REVIEWING: "Being reviewed",
  INTERVIEW: "Interviewing",
  OFFER: "Offer",
  HIRED: "Hired",
  REJECTED: "Not progressing",
  WITHDRAWN: "Withdrawn",
};

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  return <Badge tone={status === "REJECTED" || status === "WITHDRAWN" ? "neutral" : "info"}>{labels[status]}</Badge>;
}
