import "server-only";
import type { Tx } from "@/server/db";

/** Everyone on a company's team (owner and recruiters): the recipients of mail about its listings. */
export async function companyMemberIds(tx: Tx, companyId: string): Promise<string[]> {
  const members = await tx.companyMember.findMany({
    where: { companyId },
    select: { userId: true },
    orderBy: { createdAt: "asc" },
  });
  return members.map((m) => m.userId);
}
