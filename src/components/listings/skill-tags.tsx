import { cn } from "@/components/ui/cn";

type Skill = { slug: string; name: string };

/** Skill names as a list of small tags; `limit` keeps cards short and says how many are hidden. */
export function SkillTags({ skills, limit, className }: { skills: readonly Skill[]; limit?: number; className?: string }) {
  if (skills.length === 0) return null;
  const shown = limit ? skills.slice(0, limit) : skills;
  const hidden = skills.length - shown.length;
  return (
    <ul aria-label="Skills" className={cn("flex flex-wrap gap-1.5", className)}>
      {shown.map((skill) => (
        <li key={skill.slug} className="rounded border border-line bg-surface-muted px-2 py-0.5 text-xs font-medium text-ink">
          {skill.name}
        </li>
      ))}
      {hidden > 0 ? <li className="px-1 py-0.5 text-xs text-ink-muted">+{hidden} more</li> : null}
    </ul>
  );
}
