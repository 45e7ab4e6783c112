import { defineConfig } from "prisma/config";

// The CLI is only used for `prisma generate` here (see docs/decisions/001-migration-runner.md);
// the URL is read when a command that talks to a database runs.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
});
