import "server-only";
import { Gauge, type Registry } from "prom-client";
import { OutboxStatus } from "@/generated/prisma/enums";
import { env } from "@/lib/env";
import { db, dbPool } from "@/server/db";

// Figures read from the database when Prometheus scrapes, added once to the process's registry
// (server/metrics.mjs). Each is a count at that moment, not a running total.

/** Adds the database gauges to `registry` unless they are there already. */
export function registerDatabaseMetrics(registry: Registry): void {
  if (registry.getSingleMetric("backplane_job_queue_jobs")) return;

  new Gauge({
    name: "backplane_job_queue_jobs",
    help: "Jobs in the pg-boss queue by queue and state (created and retry: waiting; failed: not yet archived).",
    labelNames: ["queue", "state"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      try {
        const rows = await db.$queryRaw<{ name: string; state: string; count: number }[]>`
          SELECT name, state::text AS state, count(*)::int AS count FROM pgboss.job GROUP BY name, state`;
        for (const row of rows) this.set({ queue: row.name, state: row.state }, row.count);
      } catch {
        // No pgboss schema yet (no process has started the queue): no figures rather than a failed scrape.
      }
    },
  });

  new Gauge({
    name: "backplane_email_outbox_messages",
    help: "Messages in the EmailOutbox table by status (PENDING and SENDING: the backlog; PARKED: given up).",
    labelNames: ["status"] as const,
    registers: [registry],
    async collect() {
      const groups = await db.emailOutbox.groupBy({ by: ["status"], _count: { _all: true } });
      const counts = new Map(groups.map((group) => [group.status, group._count._all]));
      for (const status of Object.values(OutboxStatus)) this.set({ status }, counts.get(status) ?? 0);
    },
  });

  new Gauge({
    name: "backplane_db_pool_connections",
    help: "This process's database pool: connections open (total), unused (idle), and callers waiting for one.",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const pool = dbPool();
      this.set({ state: "total" }, pool.totalCount);
      this.set({ state: "idle" }, pool.idleCount);
      this.set({ state: "waiting" }, pool.waitingCount);
    },
  });

  new Gauge({
    name: "backplane_db_pool_max",
    help: "The most connections this process's pool opens (DATABASE_POOL_MAX).",
    registers: [registry],
    collect() {
      this.set(env.DATABASE_POOL_MAX);
    },
  });
}
