import { format } from "node:util";
import { afterEach, beforeEach, vi } from "vitest";
import { currentConsoleErrorState, setConsoleErrorState } from "./console-error-state";

// A console.error during a test fails that test: noise hides bugs. A test that means to provoke one
// calls expectConsoleError() from tests/setup/console-error-state.ts.

beforeEach(() => {
  const original = console.error.bind(console);
  const logged: string[] = [];
  const state = {
    expected: 0,
    logged,
    spy: vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
      logged.push(format(...args));
      if (logged.length > state.expected) original(...args);
    }),
  };
  setConsoleErrorState(state);
});

afterEach(() => {
  const state = currentConsoleErrorState();
  setConsoleErrorState(undefined);
  if (!state) return;
  state.spy.mockRestore();
  if (state.logged.length === state.expected) return;
  const seen = state.logged.map((line) => `  - ${line.split("\n")[0]}`).join("\n");
  throw new Error(
    state.expected === 0
      ? `console.error was called during this test (call expectConsoleError() if that is intended):\n${seen}`
      : `Expected ${state.expected} console.error call(s), saw ${state.logged.length}:\n${seen || "  (none)"}`,
  );
});
