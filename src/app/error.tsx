"use client";

import { useEffect } from "react";
import { Button, ButtonLink } from "@/components/ui";

// Messages from server errors are hidden in production; the digest ties this screen to the server log.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : undefined;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto flex max-w-2xl flex-col gap-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight text-ink">Something went wrong</h1>
      <p className="text-lg text-ink-muted">
        We could not load this page. It is probably temporary — try again, and if it keeps happening, come back in a few minutes.
      </p>
      {digest ? (
        <p className="text-sm text-ink-muted">
          Reference: <code className="font-mono">{digest}</code>
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button onClick={() => retry()}>Try again</Button>
        <ButtonLink href="/" variant="secondary">
          Go to the job list
        </ButtonLink>
      </div>
    </div>
  );
}
