import { z } from "zod";

// The one place process.env is read. A bad value fails at start and names the variable.

/** A URL with one of these protocols (and a host name, when `needsHost`). */
function urlWith(protocols: string[], message: string, needsHost = false) {
  return z
    .string()
    .trim()
    .refine((v) => {
      try {
        const u = new URL(v);
        return protocols.includes(u.protocol) && (!needsHost || u.hostname !== "");
      } catch {
        return false;
      }
    }, message);
}

const postgresUrl = urlWith(["postgres:", "postgresql:"], "must be a postgres:// or postgresql:// URL");
const redisUrl = urlWith(["redis:", "rediss:"], "must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379", true);
const smtpUrl = urlWith(
  ["smtp:", "smtps:"],
  "must be an smtp:// or smtps:// URL, e.g. smtps://user:password@smtp.example.com:465",
  true,
);

const httpUrl = urlWith(["http:", "https:"], "must be an http:// or https:// URL, e.g. https://minio.internal:9000", true);

const fields = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: postgresUrl.optional(),
  // A direct connection (not through PgBouncer) for what needs a session of its own: migrations, the seed,
  // the job queue's schema setup. Unset: DATABASE_URL (docs/decisions/028-scale-out.md).
  DIRECT_URL: postgresUrl.optional(),
  // DATABASE_URL (and the replicas) point at PgBouncer in transaction mode: the pool sends no session
  // settings (PgBouncer refuses unknown startup parameters, and a session's settings would leak to other
  // clients); the statement and idle-in-transaction timeouts are then the database role's (docs/deploy.md).
  DATABASE_PGBOUNCER: z.stringbool().default(false),
  // Read replicas for public read paths (search, listing pages, feeds, the public API), comma-separated;
  // unset: every read goes to DATABASE_URL. src/server/db-read.ts.
  DATABASE_REPLICA_URLS: z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((url) => url.trim())
        .filter((url) => url !== ""),
    )
    .pipe(z.array(postgresUrl).max(8, "at most 8 replicas"))
    .optional(),
  // How long after a mutation the actor's reads (and this process's cache refills) stay on the primary.
  DATABASE_REPLICA_PIN_SECONDS: z.coerce.number().int().min(1).max(300).default(10),
  // Connections per app instance; the embedded database takes exactly one.
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  NEXTAUTH_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  // The public origin for absolute links (canonical URLs, sitemap, feeds, JSON-LD); NEXTAUTH_URL when unset.
  SITE_URL: z.url().optional(),
  GITHUB_ID: z.string().min(1).optional(),
  GITHUB_SECRET: z.string().min(1).optional(),
  EMBEDDED_DB_DIR: z.string().min(1).default(".data/pglite"),
  EMBEDDED_DB_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  // Uploaded files (CVs, logos) when no object storage is configured: a folder outside public/.
  UPLOADS_DIR: z.string().min(1).default(".data/uploads"),
  // Background jobs run inside each app server unless this is false (then run `npm run worker`).
  JOBS_IN_PROCESS: z.stringbool().default(true),
  // Outgoing mail (docs/decisions/020-email-outbox.md). Unset in development: the dev mailbox at /dev/mailbox.
  SMTP_URL: smtpUrl.optional(),
  MAIL_FROM: z.string().trim().min(3).max(200).default("Backplane <no-reply@backplane.local>"),
  // How many reverse proxies in front of `npm start` append to X-Forwarded-For; the client's address is
  // the entry that many hops from the right. 0: no proxy, the socket's address (server/client-address.mjs).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // `npm start` on SIGTERM: how long to keep accepting connections (readiness already 503) before it stops
  // listening, for load balancers that take a moment to notice (server/start.mjs). Part of the 10 s budget.
  SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).max(5_000).default(0),
  // Shared state for several app instances (docs/decisions/028-scale-out.md): rate-limit counters live in
  // Redis when set; unset, each process counts in its own memory, which is right for one instance.
  REDIS_URL: redisUrl.optional(),
  // The Bearer token /api/metrics requires (Prometheus's `authorization` setting). Unset: the route is a 404.
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").max(256).optional(),
  // OpenTelemetry traces over OTLP/HTTP to `<this>/v1/traces` (server/telemetry.mjs, decision 028); unset: off,
  // no SDK loaded. The SDK reads it (and the other OTEL_* variables) itself; checked here so a typo stops the boot.
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl.optional(),
  // How much the JSON logs on stdout say (src/server/log.ts, server/log.mjs).
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // Database timeouts for request queries (src/server/db.ts), in milliseconds.
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
  DATABASE_IDLE_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(30_000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  // Object storage for uploads instead of UPLOADS_DIR (src/server/storage, decision 026): on when S3_BUCKET is set.
  S3_BUCKET: z.string().trim().min(3).max(63).optional(),
  S3_REGION: z.string().trim().min(1).max(64).default("us-east-1"),
  // An S3-compatible service (MinIO, Cloudflare R2, …); unset: AWS.
  S3_ENDPOINT: httpUrl.optional(),
  S3_ACCESS_KEY_ID: z.string().trim().min(1).max(256).optional(),
  S3_SECRET_ACCESS_KEY: z.string().trim().min(1).max(256).optional(),
  // Unset: true when S3_ENDPOINT is set (compatible services rarely have per-bucket host names), else false.
  S3_FORCE_PATH_STYLE: z.stringbool().optional(),
  S3_PREFIX: z
    .string()
    .max(200)
    .regex(/^(?:(?!\.{1,2}\/)[A-Za-z0-9._-]+\/)+$/, "must be folder names ending in /, e.g. backplane/")
    .optional(),
});

const S3_ONLY_WITH_BUCKET = [
  "S3_ENDPOINT",
  "S3_ACCESS_KEY_ID",
  "S3_SECRET_ACCESS_KEY",
  "S3_FORCE_PATH_STYLE",
  "S3_PREFIX",
] as const;

// The S3 settings are checked together: half a configuration would otherwise quietly fall back to the folder,
// or fail on the first upload instead of at start.
const schema = fields.superRefine((value, ctx) => {
  const issue = (name: string, message: string) => ctx.addIssue({ code: "custom", path: [name], message });
  if (value.S3_BUCKET === undefined) {
    for (const name of S3_ONLY_WITH_BUCKET) {
      if (value[name] !== undefined) issue(name, "needs S3_BUCKET");
    }
    return;
  }
  const hasId = value.S3_ACCESS_KEY_ID !== undefined;
  const hasSecret = value.S3_SECRET_ACCESS_KEY !== undefined;
  if (hasId !== hasSecret) {
    issue(hasId ? "S3_SECRET_ACCESS_KEY" : "S3_ACCESS_KEY_ID", "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together");
  }
  // AWS can lend credentials through an instance role; an S3-compatible service has no such chain.
  if (value.S3_ENDPOINT !== undefined && !hasId && !hasSecret) {
    issue("S3_ACCESS_KEY_ID", "required with S3_ENDPOINT");
    issue("S3_SECRET_ACCESS_KEY", "required with S3_ENDPOINT");
  }
});

export type Env = z.infer<typeof schema>;

/**
 * Validates the variables. An empty value counts as unset: deployment tools (compose's `${VAR:-}`, env
 * files with `NAME=`) pass empty strings for settings left blank, which mean "not configured", not "bad".
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const given = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = schema.safeParse(given);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

export const env = parseEnv(process.env);

/** What a production server cannot run without; development and tests supply their own. */
const REQUIRED_IN_PRODUCTION = ["DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL"] as const;

/**
 * Called once when a server boots (src/instrumentation.ts), so a production start with a missing or bad
 * variable stops there, naming it, instead of answering every request with a 500. (A bad value already
 * fails when this module loads; this adds the ones production cannot do without.)
 */
export function assertServerEnvironment(source: Env = env): void {
  if (source.NODE_ENV !== "production") return;
  const missing = REQUIRED_IN_PRODUCTION.filter((name) => source[name] === undefined);
  if (missing.length > 0) {
    throw new Error(`Invalid environment:\n${missing.map((name) => `  ${name}: required in production`).join("\n")}`);
  }
}
