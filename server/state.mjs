// @ts-check
// The server's shared state (see src/server/runtime/server-state.ts, the app's side of the same object).

/** @typedef {{ draining: boolean, onDrain: Array<() => Promise<void>>, onClose: Array<() => Promise<void>>, bootError?: string }} ServerState */

const KEY = Symbol.for("backplane.server-state");

/** @returns {ServerState} */
export function serverState() {
  const holder = /** @type {Record<symbol, ServerState | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (holder[KEY] ??= { draining: false, onDrain: [], onClose: [] });
}
