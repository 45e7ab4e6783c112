// `npm install` / `npm ci` generate the Prisma client (src/generated/prisma is not committed): the seed,
// the build and the type check import it. An install without development packages (`--omit=dev`, e.g. a
// production image that copies a finished build) has no Prisma CLI and needs no client generated: skip.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

try {
  createRequire(import.meta.url).resolve("prisma/package.json");
} catch {
  console.log("postinstall: no Prisma CLI (development packages omitted); not generating the Prisma client.");
  process.exit(0);
}
const result = spawnSync("npm", ["run", "--silent", "db:generate"], { stdio: ["ignore", "ignore", "inherit"] });
process.exit(result.status ?? 1);
