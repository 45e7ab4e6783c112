import { Badge, type BadgeTone } from "@/components/ui";
import type { ApplicationStatus } from "@/generated/prisma/enums";
import { COMPANY_STAGES } from "@/lib/schemas/pipeline";

// The employer's names for the pipeline's stages (the candidate sees gentler wording for the same states).
export const pipelineStageView: Record<ApplicationStatus, { label: string; tone: BadgeTone }> = {
  NEW: { label: "New", tone: "accent" },
  REVIEWING: { label: "Reviewing", tone: "warning" },
  INTERVIEW: { label: "Interview", tone: "warning" },
  OFFER: { label: "Offer", tone: "success" },
  HIRED: { label: "Hired", tone: "success" },
  REJECTED: { label: "Rejected", tone: "outline" },
  WITHDRAWN: { label: "Withdrawn", tone: "outline" },
};

export const PIPELINE_ORDER: readonly ApplicationStatus[] = [
  "NEW",
  "REVIEWING",
  "INTERVIEW",
  "OFFER",
  "HIRED",
  "REJECTED",
  "WITHDRAWN",
];

export function PipelineStageBadge({ status }: { status: ApplicationStatus }) {
  const view = pipelineStageView[status];
  return <Badge tone={view.tone}>{view.label}</Badge>;
}

/** The stages a company member may choose in a move form. */
export const stageOptions = COMPANY_STAGES.map((s) => ({ value: s, label: pipelineStageView[s].label }));
