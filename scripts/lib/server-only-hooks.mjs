// Node module hooks for scripts that run the app's server code outside Next.js (the worker): the
// "server-only" guard is satisfied here by an empty module, as Next.js does for server bundles.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  return nextResolve(specifier, context);
}
