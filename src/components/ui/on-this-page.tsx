import { cn } from "./cn";

/** In-page table of contents: links to the page's section ids. `variant="sidebar"` stacks on wide screens. */
export function OnThisPage({
  sections,
  variant = "inline",
}: {
  sections: ReadonlyArray<readonly [id: string, title: string]>;
  variant?: "inline" | "sidebar";
}) {
  const sidebar = variant === "sidebar";
  return (
    <nav aria-label="On this page" className={cn("text-sm", sidebar && "lg:sticky lg:top-6 lg:self-start")}>
      {sidebar ? <p className="mb-2 font-semibold text-ink">On this page</p> : null}
      <ul className={cn("flex flex-wrap gap-y-1", sidebar ? "gap-x-4 lg:flex-col" : "gap-x-5")}>
        {sections.map(([id, title]) => (
          <li key={id}>
            <a className="link inline-flex min-h-7 items-center" href={`#${id}`}>
              {title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
