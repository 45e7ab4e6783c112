import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabase = {
  /** A postgresql:// URL any PostgreSQL client can use (pg, Prisma's adapter, psql). */
  url: string;
  port: number;
  stop(): Promise<void>;
};

export type EmbeddedOptions = {
  /** A folder that keeps the data across restarts, or "memory://" for a throwaway database. */
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  /**
   * PGlite is one PostgreSQL backend. With more than one connection the socket server queues their
   * statements onto it (a transaction runs without interleaving), but session state such as advisory
   * locks and settings is shared. The app keeps this at 1 and uses a pool of one.
   */
  maxConnections?: number;
};

const HOST = "127.0.0.1";

/** A refusal to start whose message says what to do; scripts print it without a stack. */
export class EmbeddedDatabaseError extends Error {
  override name = "EmbeddedDatabaseError";
}

/** Starts PGlite on a data folder behind a PostgreSQL wire-protocol server on 127.0.0.1. */
export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  // A second process opening the same data folder would corrupt it; a taken port is the sign of one.
  if (options.port !== 0) await assertPortFree(options.port);

  const inMemory = options.dataDir.startsWith("memory://");
  const dataDir = inMemory ? options.dataDir : path.resolve(options.dataDir);
  if (!inMemory) await mkdir(dataDir, { recursive: true });

  // Extensions the migrations create must be loaded into PGlite's build first: pg_trgm for "Did you mean"
  // (docs/decisions/013-did-you-mean.md).
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({
    db,
    host: HOST,
    port: options.port,
    maxConnections: options.maxConnections ?? 1,
  });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }

  const port = Number(server.getServerConn().split(":").at(-1));
  let stopping: Promise<void> | undefined;
  return {
    url: `postgresql://postgres@${HOST}:${port}/postgres?sslmode=disable`,
    port,
    stop() {
      // Idempotent: signal handlers and exit paths may both ask.
      stopping ??= (async () => {
        await server.stop();
        if (!db.closed) await db.close();
      })();
      return stopping;
    },
  };
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new EmbeddedDatabaseError(
              `Port ${port} on ${HOST} is already in use. Another embedded database (npm run dev?) may be ` +
                "running on this data folder; stop it, or set EMBEDDED_DB_PORT and EMBEDDED_DB_DIR to use another.",
            )
          : error,
      );
    });
    probe.listen(port, HOST, () => probe.close(() => resolve()));
  });
}
