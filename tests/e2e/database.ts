import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import pg from "pg";

// Direct database access for the few journeys that need a row no page can make yet (a suspended account)
// or a user of their own whose password they may change. DATABASE_URL is the run's database (scripts/e2e.ts).

export async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A candidate account of the test's own, with the given password. */
export async function createCandidate(email: string, password: string): Promise<string> {
  const id = randomUUID();
  const passwordHash = await hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
  await withDatabase(async (client) => {
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ($1, $2, 'E2E Candidate', $3, 'CANDIDATE', now())`,
      [id, email, passwordHash],
    );
    await client.query(
      `INSERT INTO "CandidateProfile" ("userId", "workAuthorizations", links, "updatedAt") VALUES ($1, '{}', '{}', now())`,
      [id],
    );
  });
  return id;
}

export async function setAccountStatus(email: string, status: "ACTIVE" | "SUSPENDED"): Promise<void> {
  await withDatabase((client) =>
    client.query(
      `UPDATE "User" SET status = $2, "suspendedAt" = CASE WHEN $2::"AccountStatus" = 'SUSPENDED' THEN now() END, "updatedAt" = now() WHERE email = $1`,
      [email, status],
    ),
  );
}
