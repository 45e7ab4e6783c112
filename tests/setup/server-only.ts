// Stand-in for the "server-only" package under vitest (see vitest.config.ts); tests run on the server anyway.
export {};
