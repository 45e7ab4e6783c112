import { idOf, type IdMap, type SeedClient } from "./client";
import { COMPANIES, VERIFIED_DEMO_COMPANY_SLUG } from "./companies";
import { COMPANY_PROFILES } from "./company-profiles";
import { seedId } from "./random";
import { syncRows } from "./sync";
import type { Vocabulary } from "./write-vocabulary";

/** Companies (restored to active on every run) and their tech stacks. Returns company ids by slug. */
export async function writeCompanies(client: SeedClient, vocabulary: Vocabulary, createdAt: Date): Promise<IdMap> {
  return client.$transaction(
    async (tx) => {
      const ids = await syncRows({
        rows: COMPANIES.map((company) => ({
          id: seedId(`company:${company.slug}`),
          slug: company.slug,
          name: company.name,
          website: `https://${company.slug}.example`,
          size: company.size,
          industryId: idOf(vocabulary.industries, company.industry, "industry"),
          remotePolicy: company.remotePolicy,
          headquarters: COMPANY_PROFILES[company.slug]?.headquarters ?? null,
          remoteModel: COMPANY_PROFILES[company.slug]?.remoteModel ?? null,
          meetingStyle: COMPANY_PROFILES[company.slug]?.meetingStyle ?? null,
          coreOverlapHours: COMPANY_PROFILES[company.slug]?.coreOverlapHours ?? null,
          offsitesPerYear: COMPANY_PROFILES[company.slug]?.offsitesPerYear ?? null,
          benefits: COMPANY_PROFILES[company.slug]?.benefits ?? null,
          description: company.description,
          status: "ACTIVE" as const,
          suspendedAt: null,
          verifiedDomain: company.slug === VERIFIED_DEMO_COMPANY_SLUG ? `${company.slug}.example` : null,
          verifiedAt: company.slug === VERIFIED_DEMO_COMPANY_SLUG ? createdAt : null,
          createdAt,
        })),
        key: (r) => r.slug,
        stored: await tx.company.findMany({ where: { slug: { in: COMPANIES.map((c) => c.slug) } } }),
        insert: (data) => tx.company.createMany({ data, skipDuplicates: true }),
        update: (row, data) => tx.company.update({ where: { slug: row.slug }, data }),
        insertOnly: ["id", "createdAt"],
      });
      await tx.companySkill.createMany({
        data: COMPANIES.flatMap((company) =>
          company.stack.map((slug) => ({
            companyId: idOf(ids, company.slug, "company"),
            skillId: idOf(vocabulary.skills, slug, "skill"),
          })),
        ),
        skipDuplicates: true,
      });
      return ids;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
