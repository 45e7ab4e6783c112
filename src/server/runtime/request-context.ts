import { AsyncLocalStorage } from "node:async_hooks";

// The id of the request (or job) this code serves, on every log line it writes (src/server/log.ts).
// `npm start`'s entry sets it around each request (server/request-context.mjs); the job runner around each
// job. One store on globalThis under a registered symbol, so Next's bundles and the entry share it. Outside
// both (tests, `next dev`) there is none.

// readPrimary: this request reads the primary, never a read replica (src/server/db-read.ts).
type RequestContext = { requestId: string; readPrimary?: boolean };

const KEY = Symbol.for("backplane.request-context");

function store(): AsyncLocalStorage<RequestContext> {
  const holder = globalThis as unknown as Record<symbol, AsyncLocalStorage<RequestContext> | undefined>;
  return (holder[KEY] ??= new AsyncLocalStorage());
}

/** The running request's (or job's) context; mutable, so a mutation can pin the rest of its request. */
export function currentRequestContext(): RequestContext | undefined {
  return store().getStore();
}

export function currentRequestId(): string | undefined {
  return store().getStore()?.requestId;
}

/** Runs `work` with `requestId` on every log line it writes. */
export function runWithRequestId<T>(requestId: string, work: () => T): T {
  return store().run({ requestId }, work);
}

/**
 * Runs `work` outside any request: for long-lived resources first touched by some request (a connection
 * and its reconnect timers), whose later log lines belong to no request, least of all that first one.
 */
export function outsideRequest<T>(work: () => T): T {
  return store().exit(work);
}
