import Link from "next/link";
import { PIPELINE_ORDER, pipelineStageView } from "@/components/applications/pipeline-stage";
import { cn } from "@/components/ui";
import type { ApplicationStatus } from "@/generated/prisma/enums";

/** Links that filter the pipeline by stage, with each stage's count; the current one is marked. */
export function StageFilter({
  listingId,
  current,
  counts,
  total,
}: {
  listingId: string;
  current: ApplicationStatus | undefined;
  counts: ReadonlyMap<ApplicationStatus, number>;
  total: number;
}) {
  const base = `/employer/listings/${listingId}`;
  const items = [
    { key: "all", label: "All", count: total, href: `${base}#applications`, active: current === undefined },
    ...PIPELINE_ORDER.map((stage) => ({
      key: stage,
      label: pipelineStageView[stage].label,
      count: counts.get(stage) ?? 0,
      href: `${base}?stage=${stage}#applications`,
      active: current === stage,
    })),
  ];
  return (
    <nav aria-label="Filter applicants by stage">
      <ul className="flex flex-wrap gap-2 text-sm">
        {items.map((item) => (
          <li key={item.key}>
            <Link
              href={item.href}
              aria-current={item.active ? "page" : undefined}
              className={cn(
                "inline-flex min-h-8 items-center gap-1 rounded-full border px-3 py-1",
                item.active ? "border-accent bg-accent-soft font-semibold text-accent-soft-ink" : "border-line text-ink",
              )}
            >
              {item.label} <span className="text-ink-muted">({item.count})</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
