import type { ReactNode } from "react";
import type { SearchParamError } from "@/lib/schemas/search";

/** The search parameters that could not be used, each named with what was wrong; `children` says what next. */
export function SearchParamErrors({
  title,
  errors,
  children,
}: {
  title: string;
  errors: SearchParamError[];
  children?: ReactNode;
}) {
  return (
    <div role="alert" className="rounded-md border border-warning-ink/30 bg-warning-soft px-4 py-3 text-sm text-warning-ink">
      <p className="font-semibold">{title}</p>
      <ul className="mt-1 list-disc pl-5">
        {errors.map((e) => (
          <li key={e.parameter}>
            <code>{e.parameter}</code>: {e.message}
          </li>
        ))}
      </ul>
      {children}
    </div>
  );
}
