import { skillCategoryLabel, skillCategoryOrder } from "@/lib/labels";
import type { RoleProfileView } from "@/server/roles/queries";

/** The role's skills grouped by category; essential ones are marked in text, not only by style. */
export function SkillGroups({ skills }: { skills: RoleProfileView["skills"] }) {
  const groups = skillCategoryOrder
    .map((category) => ({ category, skills: skills.filter((s) => s.category === category) }))
    .filter((g) => g.skills.length > 0);
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-ink-muted">
        <span className="mr-1 inline-block rounded bg-accent px-1.5 text-xs font-semibold text-accent-ink">Essential</span>
        marks what nearly every employer expects; the rest is common but varies by company.
      </p>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-4 lg:grid-cols-3">
        {groups.map((group) => (
          <div key={group.category} className="flex flex-col gap-2">
            <dt className="text-sm font-semibold text-ink">{skillCategoryLabel[group.category]}</dt>
            <dd>
              <ul className="flex flex-wrap gap-1.5">
                {group.skills.map((skill) =>
                  skill.essential ? (
                    <li key={skill.slug} className="rounded bg-accent px-2 py-0.5 text-sm font-semibold text-accent-ink">
                      {skill.name}
                      <span className="sr-only"> (essential)</span>
                    </li>
                  ) : (
                    <li key={skill.slug} className="rounded border border-line bg-surface-muted px-2 py-0.5 text-sm text-ink">
                      {skill.name}
                    </li>
                  ),
                )}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
