import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** Label/value pairs as a description list, stacked on phones and side by side from sm up. */
export function FactList({
  facts,
  className,
}: {
  facts: ReadonlyArray<{ label: string; value: ReactNode }>;
  className?: string;
}) {
  return (
    <dl className={cn("divide-y divide-line", className)}>
      {facts.map((fact) => (
        <div key={fact.label} className="grid gap-1 py-3 first:pt-0 last:pb-0 sm:grid-cols-[11rem_1fr] sm:gap-4">
          <dt className="text-sm font-medium text-ink-muted">{fact.label}</dt>
          <dd className="text-ink">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
