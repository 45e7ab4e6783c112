import "server-only";
import { Redis } from "ioredis";
import { env } from "@/lib/env";
import { logger } from "@/server/log";
import { outsideRequest } from "@/server/runtime/request-context";

// The process's Redis connection, when REDIS_URL is set (docs/decisions/028-scale-out.md). Only state that
// several instances must share lives there; without it every caller falls back to this process's memory.

/** A connection that fails fast: commands are never queued while Redis is away, so no request waits on it. */
export function connectRedis(url: string): Redis {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    // Reconnect forever, backing off to 2 s: Redis coming back must need no restart of the app.
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
  });
  let down = false;
  // Logged once per outage, not once per reconnect attempt.
  client.on("error", (error: Error) => {
    if (down) return;
    down = true;
    logger.warn({ err: error }, "Redis unavailable; rate limits count in this process until it is back");
  });
  client.on("ready", () => {
    if (down) logger.info("Redis connection restored");
    down = false;
  });
  return client;
}

const holder = globalThis as unknown as { backplaneRedis?: Redis | null };

/** The shared connection, or null when REDIS_URL is unset. */
export function redis(): Redis | null {
  if (holder.backplaneRedis === undefined) {
    const url = env.REDIS_URL;
    holder.backplaneRedis = url ? outsideRequest(() => connectRedis(url)) : null;
  }
  return holder.backplaneRedis;
}

/** For readiness: configured and answering. Unconfigured counts as fine (nothing depends on it). */
export async function redisIsReachable(): Promise<boolean> {
  const client = redis();
  if (!client) return true;
  if (client.status !== "ready") return false;
  try {
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  }
}

export async function closeRedis(): Promise<void> {
  const client = holder.backplaneRedis;
  holder.backplaneRedis = undefined;
  if (client) await client.quit().catch(() => client.disconnect());
}
