import { hashPassword, verifyPassword } from "@/server/auth/password";
import { idOf, type IdMap, type SeedClient } from "./client";
import { DEMO_COMPANY_SLUG } from "./companies";
import { seedId } from "./random";
import { syncRows } from "./sync";
import { DEMO_PASSWORD, USERS } from "./users";
import type { Vocabulary } from "./write-vocabulary";

/**
 * Argon2 salts are random, so hashing on every run would rewrite every password hash. Keep a stored
 * hash that still verifies against the demo password; hash (once) only for accounts whose does not.
 */
async function passwordHashes(stored: Map<string, string | null>): Promise<Map<string, string | undefined>> {
  const verified = new Map<string, boolean>(); // demo accounts usually share one hash: verify it once
  const stillValid = async (hash: string) => {
    if (!verified.has(hash)) verified.set(hash, await verifyPassword(hash, DEMO_PASSWORD));
    return verified.get(hash)!;
  };
  let fresh: string | undefined;
  const result = new Map<string, string | undefined>();
  for (const { email } of USERS) {
    const hash = stored.get(email);
    if (hash && (await stillValid(hash))) continue;
    fresh ??= await hashPassword(DEMO_PASSWORD);
    result.set(email, fresh);
  }
  return result;
}

/** Demo accounts (restored to active, with the demo password), candidate profiles, the demo company's team. */
export async function writePeople(client: SeedClient, vocabulary: Vocabulary, companies: IdMap, createdAt: Date): Promise<IdMap> {
  const emails = USERS.map((u) => u.email);
  const existing = await client.user.findMany({ where: { email: { in: emails } } });
  const hashes = await passwordHashes(new Map(existing.map((u) => [u.email, u.passwordHash])));

  return client.$transaction(
    async (tx) => {
      const byEmail = await syncRows({
        rows: USERS.map((u) => ({
          id: seedId(`user:${u.email}`),
          email: u.email,
          name: u.name,
          role: u.role,
          status: "ACTIVE" as const,
          suspendedAt: null,
          // Demo accounts count as confirmed, so they can apply and post at once.
          emailVerifiedAt: createdAt,
          createdAt,
          passwordHash: hashes.get(u.email),
        })),
        key: (r) => r.email,
        stored: await tx.user.findMany({ where: { email: { in: emails } } }),
        insert: (data) => tx.user.createMany({ data, skipDuplicates: true }),
        update: (row, data) => tx.user.update({ where: { email: row.email }, data }),
        insertOnly: ["id", "createdAt"],
      });
      const ids: IdMap = new Map(USERS.map((u) => [u.key, idOf(byEmail, u.email, "user")]));

      const candidates = USERS.flatMap((u) => (u.profile ? [{ userId: idOf(ids, u.key, "user"), ...u }] : []));
      await syncRows({
        // Links are the candidate's own business: set on insert, left alone afterwards.
        rows: candidates.map((c) => ({ userId: c.userId, links: [] as string[], ...c.profile! })),
        key: (r) => r.userId,
        stored: await tx.candidateProfile.findMany({ where: { userId: { in: candidates.map((c) => c.userId) } } }),
        insert: (data) => tx.candidateProfile.createMany({ data, skipDuplicates: true }),
        update: (row, data) => tx.candidateProfile.update({ where: { userId: row.userId }, data }),
        insertOnly: ["links"],
      });
      await tx.candidateSkill.createMany({
        data: candidates.flatMap((c) =>
          (c.skills ?? []).map((slug) => ({ candidateId: c.userId, skillId: idOf(vocabulary.skills, slug, "skill") })),
        ),
        skipDuplicates: true,
      });

      const companyId = idOf(companies, DEMO_COMPANY_SLUG, "company");
      const team = [
        ["employer", "OWNER"],
        ["recruiter", "RECRUITER"],
      ] as const;
      await syncRows({
        rows: team.map(([key, role]) => ({
          id: seedId(`member:${DEMO_COMPANY_SLUG}:${key}`),
          companyId,
          userId: idOf(ids, key, "user"),
          role,
          createdAt,
        })),
        key: (r) => r.userId,
        stored: await tx.companyMember.findMany({ where: { companyId } }),
        insert: (data) => tx.companyMember.createMany({ data, skipDuplicates: true }),
        update: (row, data) => tx.companyMember.update({ where: { companyId_userId: { companyId, userId: row.userId } }, data }),
        insertOnly: ["id", "createdAt"],
      });
      return ids;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
