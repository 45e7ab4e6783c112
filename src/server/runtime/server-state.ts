// The running server's state, shared with `npm start`'s entry (server/start.mjs), which is plain
// JavaScript outside Next's bundles: one object on globalThis under a registered symbol, the same one
// server/state.mjs reads. Under `next dev` nothing drains, and the hooks are simply never run.

type Hook = () => Promise<void>;
type ServerState = { draining: boolean; onDrain: Hook[]; onClose: Hook[]; bootError?: string };

const KEY = Symbol.for("backplane.server-state");

function state(): ServerState {
  const holder = globalThis as unknown as Record<symbol, ServerState | undefined>;
  return (holder[KEY] ??= { draining: false, onDrain: [], onClose: [] });
}

/** True once the server has been asked to stop: readiness answers 503 from then on. */
export function isDraining(): boolean {
  return state().draining;
}

/** Work to stop as soon as shutdown begins (taking new jobs), while requests still finish. */
export function onServerDrain(hook: Hook): void {
  state().onDrain.push(hook);
}

/** Work to close once the last request has finished (the database pool). */
export function onServerClose(hook: Hook): void {
  state().onClose.push(hook);
}

/**
 * Notes why the server cannot run (a bad environment). Next logs an error thrown while it boots and serves
 * on regardless, so `npm start`'s entry reads this after prepare() and exits, naming the cause.
 */
export function recordBootError(error: unknown): void {
  state().bootError = error instanceof Error ? error.message : String(error);
}
