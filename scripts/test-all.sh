#!/usr/bin/env bash
# `npm test`: every check, in the order that fails fastest. Each step stops the run when it fails.
# Databases: TEST_DATABASE_URL (a PostgreSQL server URL) if set, else an embedded PGlite per run.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f test-results/vitest.json test-results/playwright.json

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

step "prisma generate"; npm run --silent db:generate >/dev/null
step "typecheck";       npx next typegen >/dev/null && npm run --silent typecheck
step "lint";            npm run --silent lint
step "audit (production dependencies)"; node scripts/audit.mjs
step "unit + integration (vitest)"; npx vitest run
step "build + end-to-end (playwright)"; npx tsx scripts/e2e.ts
