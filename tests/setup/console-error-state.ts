import type { MockInstance } from "vitest";

// Shared by the hooks in console-errors.ts and the helper tests call; kept on globalThis so both
// see one state however the module graph loads them.
export type ConsoleErrorState = { expected: number; logged: string[]; spy: MockInstance<typeof console.error> };

const KEY = Symbol.for("backplane.tests.consoleErrors");
const registry = globalThis as unknown as Record<typeof KEY, ConsoleErrorState | undefined>;

export function currentConsoleErrorState(): ConsoleErrorState | undefined {
  return registry[KEY];
}

export function setConsoleErrorState(state: ConsoleErrorState | undefined): void {
  registry[KEY] = state;
}

/**
 * Declares that the current test logs exactly `count` console.error calls. They are then kept out
 * of the output, and the test fails if they do not happen.
 */
export function expectConsoleError(count = 1): void {
  const state = currentConsoleErrorState();
  if (!state) throw new Error("expectConsoleError() works only inside a test.");
  state.expected = count;
}
