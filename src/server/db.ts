import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";

// The one database module. The embedded database (scripts/embedded-db.ts) serves one connection,
// so its launcher sets DATABASE_POOL_MAX=1; a real server gets a normal pool.
function createClient() {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm run dev` (embedded database) or set DATABASE_URL.");
  }
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_MAX });
  // Password hashes never leave the database unless a query asks for them by name.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

type Client = ReturnType<typeof createClient>;
const globalForDb = globalThis as unknown as { backplaneDb?: Client };

function client(): Client {
  // Cached on globalThis so hot reloads in development reuse one pool instead of opening another.
  globalForDb.backplaneDb ??= createClient();
  return globalForDb.backplaneDb;
}

// Created on first use, so importing this module (as `next build` does) needs no database.
export const db = new Proxy({} as Client, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

export type Db = Client;
export type Tx = Parameters<Parameters<Client["$transaction"]>[0]>[0];
