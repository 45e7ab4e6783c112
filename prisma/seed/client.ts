import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/generated/prisma/client";

// The seed's own client: one connection, so it also works against the embedded database, which
// serves a single connection. Not the app's `db` module, which is server-only.

export function openSeedClient(connectionString: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 1 }) });
}

export type SeedClient = ReturnType<typeof openSeedClient>;

/**
 * Opens the client and waits for a first successful query. The embedded database frees its single
 * connection slot a moment after the previous client hangs up (a migration run, say), and refuses
 * a connection that arrives sooner; a few short retries ride that out.
 */
export async function connectSeedClient(connectionString: string, attempts = 15): Promise<SeedClient> {
  const client = openSeedClient(connectionString);
  for (let attempt = 1; ; attempt++) {
    try {
      await client.$queryRaw`SELECT 1`;
      return client;
    } catch (error) {
      if (attempt >= attempts) {
        await client.$disconnect();
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}
export type SeedTx = Prisma.TransactionClient;

/** Runs `work` over `items` in slices, one transaction per slice. */
export async function inChunks<T>(
  client: SeedClient,
  items: readonly T[],
  size: number,
  work: (tx: SeedTx, chunk: T[]) => Promise<void>,
): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    const chunk = items.slice(start, start + size);
    await client.$transaction((tx) => work(tx, chunk), { timeout: 120_000, maxWait: 30_000 });
  }
}

export type IdMap = Map<string, string>;

export function idOf(map: IdMap, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`Seed data refers to unknown ${what} "${key}"`);
  return id;
}
