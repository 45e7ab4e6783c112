/** The first focusable element on every page: jumps past the header to <main id="main">. Off-screen until focused. */
export function SkipLink() {
  return (
    <a
      href="#main"
      className="fixed top-3 left-3 z-50 -translate-y-24 rounded-md bg-accent px-4 py-2 font-semibold text-accent-ink focus:translate-y-0"
    >
      Skip to content
    </a>
  );
}
