"use client";

import "./globals.css";

// Replaces the root layout when the layout itself fails, so it brings its own document and styles.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh items-center justify-center p-6">
        <title>Something went wrong · Backplane</title>
        <main role="alert" className="flex max-w-lg flex-col gap-4">
          <p className="text-lg font-bold text-ink">Backplane</p>
          <h1 className="text-3xl font-bold tracking-tight text-ink">Something went wrong</h1>
          <p className="text-ink-muted">The site could not load. Please try again in a moment.</p>
          <div className="flex gap-3">
            <button
              type="button"
              onClick={() => retry()}
              className="min-h-10 rounded-md bg-accent px-4 text-sm font-medium text-accent-ink hover:bg-accent-hover"
            >
              Try again
            </button>
            {/* A full page load, not a client navigation: the app shell itself is what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className="link inline-flex min-h-10 items-center text-sm">
              Go to the home page
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
