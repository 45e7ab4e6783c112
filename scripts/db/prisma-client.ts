import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const GENERATED_CLIENT = fileURLToPath(new URL("../../src/generated/prisma/client.ts", import.meta.url));

/** The generated client is not committed; a fresh clone gets it on first run instead of a confusing import error. */
export function ensurePrismaClientGenerated(): void {
  if (existsSync(GENERATED_CLIENT)) return;
  console.log("Generating the Prisma client (src/generated/prisma is not committed)…");
  const result = spawnSync("npm", ["run", "--silent", "db:generate"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("`npm run db:generate` failed; see its output above.");
}
