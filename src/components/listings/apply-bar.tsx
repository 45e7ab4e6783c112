import { buttonClasses } from "@/components/ui";

/**
 * On phones the apply box sits below the whole description; this bar stays at the bottom of the screen
 * while the listing is read (sticky, so it ends with the article and never covers the footer) and jumps
 * to it. The same for every visitor; the box itself says what applies to them.
 */
export function ApplyBar({ pay }: { pay: string }) {
  return (
    <div className="sticky bottom-0 z-10 -mx-gutter border-t border-line bg-surface px-gutter py-2 lg:hidden" data-apply-bar>
      <div className="flex items-center justify-between gap-3">
        <p className="min-w-0 text-sm font-semibold text-ink">{pay}</p>
        <a href="#apply" className={buttonClasses()}>
          Apply
        </a>
      </div>
    </div>
  );
}
