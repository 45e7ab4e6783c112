import { idOf, type IdMap, type SeedClient } from "./client";
import { INDUSTRIES } from "./industries";
import { LEVELS } from "./levels";
import { seedId } from "./random";
import { REGIONS } from "./regions";
import { FAQS, INTERVIEW_TOPICS, PROFILE_SKILLS, RESPONSIBILITIES, ROLE_PROFILE } from "./role-profile";
import { SKILLS } from "./skills";
import { syncRows } from "./sync";

export type Vocabulary = { levels: IdMap; skills: IdMap; industries: IdMap };

const ONLY_ON_INSERT = ["id"] as const;

/** Rows of the role profile's ordered lists. Keyed by (profile, position), so a rewrite keeps their ids. */
function children<E extends object>(kind: string, entries: E[], roleProfileId: string) {
  return entries.map((entry, position) => ({
    id: seedId(`role:${ROLE_PROFILE.slug}:${kind}:${position}`),
    roleProfileId,
    position,
    ...entry,
  }));
}

/** Regions, the seniority ladder, skills, industries and the role profile, in one transaction. */
export async function writeVocabulary(client: SeedClient): Promise<Vocabulary> {
  return client.$transaction(
    async (tx) => {
      await syncRows({
        rows: REGIONS,
        key: (r) => r.code,
        stored: await tx.region.findMany({ where: { code: { in: REGIONS.map((r) => r.code) } } }),
        insert: (data) => tx.region.createMany({ data, skipDuplicates: true }),
        update: (row, data) => tx.region.update({ where: { code: row.code }, data }),
      });
      const levels = await syncRows({
        rows: LEVELS.map((level) => ({ id: seedId(`level:${level.slug}`), ...level })),
        key: (r) => r.slug,
        stored: await tx.seniorityLevel.findMany({ where: { slug: { in: LEVELS.map((l) => l.slug) } } }),
        insert: (data) => tx.seniorityLevel.createMany({ data, skipDuplicates: true }),
        update: (row, data) => tx.seniorityLevel.update({ where: { slug: row.slug }, data }),
        insertOnly: ONLY_ON_INSERT,
      });
      const skills = await syncRows({
        rows: SKILLS.map((skill) => ({ id: seedId(`skill:${skill.slug}`), ...skill })),
        key: (r) => r.slug,
        stored: await tx.skill.findMany({ where: { slug: { in: SKILLS.map((s) => s.slug) } } }),
        insert: (data) => tx.skill.createMany({ data, skipDuplicates: true }),
        update: (row, data) => tx.skill.update({ where: { slug: row.slug }, data }),
        insertOnly: ONLY_ON_INSERT,
      });
      const industries = await syncRows({
        rows: INDUSTRIES.map((industry) => ({ id: seedId(`industry:${industry.slug}`), ...industry })),
        key: (r) => r.slug,
        stored: await tx.industry.findMany({ where: { slug: { in: INDUSTRIES.map((i) => i.slug) } } }),
        insert: (data) => tx.industry.createMany({ data, skipDuplicates: true }),
        update: (row, data) => tx.industry.update({ where: { slug: row.slug }, data }),
        insertOnly: ONLY_ON_INSERT,
      });

      const { slug } = ROLE_PROFILE;
      const profiles = await syncRows({
        rows: [{ id: seedId(`role:${slug}`), ...ROLE_PROFILE }],
        key: (r) => r.slug,
        stored: await tx.roleProfile.findMany({ where: { slug } }),
        insert: (data) => tx.roleProfile.createMany({ data, skipDuplicates: true }),
        update: (row, data) => tx.roleProfile.update({ where: { slug: row.slug }, data }),
        insertOnly: ONLY_ON_INSERT,
      });
      const roleProfileId = idOf(profiles, slug, "role profile");
      const where = { roleProfileId };
      const byPosition = (r: { position: number }) => String(r.position);
      const compound = (r: { position: number }) => ({ roleProfileId_position: { roleProfileId, position: r.position } });
      await syncRows({
        rows: children("responsibility", RESPONSIBILITIES, roleProfileId),
        key: byPosition,
        stored: await tx.roleResponsibility.findMany({ where }),
        insert: (data) => tx.roleResponsibility.createMany({ data, skipDuplicates: true }),
        update: (row, data) => tx.roleResponsibility.update({ where: compound(row), data }),
        insertOnly: ONLY_ON_INSERT,
      });
      await syncRows({
        rows: children("topic", INTERVIEW_TOPICS, roleProfileId),
        key: byPosition,
        stored: await tx.interviewTopic.findMany({ where }),
        insert: (data) => tx.interviewTopic.createMany({ data, skipDuplicates: true }),
        update: (row, data) => tx.interviewTopic.update({ where: compound(row), data }),
        insertOnly: ONLY_ON_INSERT,
      });
      await syncRows({
        rows: children("faq", FAQS, roleProfileId),
        key: byPosition,
        stored: await tx.roleFaq.findMany({ where }),
        insert: (data) => tx.roleFaq.createMany({ data, skipDuplicates: true }),
        update: (row, data) => tx.roleFaq.update({ where: compound(row), data }),
        insertOnly: ONLY_ON_INSERT,
      });
      await syncRows({
        rows: PROFILE_SKILLS.map(({ slug: skill, essential }) => ({
          roleProfileId,
          skillId: idOf(skills, skill, "skill"),
          essential,
        })),
        key: (r) => r.skillId,
        stored: await tx.roleProfileSkill.findMany({ where }),
        insert: (data) => tx.roleProfileSkill.createMany({ data, skipDuplicates: true }),
        update: (row, data) =>
          tx.roleProfileSkill.update({ where: { roleProfileId_skillId: { roleProfileId, skillId: row.skillId } }, data }),
      });
      return { levels, skills, industries };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
