import type { ReactNode } from "react";
import { Card } from "@/components/ui";

/** One titled part of the posting form. */
export function ListingFormSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card as="section" aria-labelledby={id} className="flex flex-col gap-5">
      <div className="flex flex-col gap-1">
        <h2 id={id} className="text-xl font-semibold text-ink">
          {title}
        </h2>
        {intro ? <p className="text-sm text-ink-muted">{intro}</p> : null}
      </div>
      {children}
    </Card>
  );
}
