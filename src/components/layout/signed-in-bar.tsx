import type { Actor } from "@/server/auth/session";
import { SignOutButton } from "./sign-out-button";

/**
 * Who is signed in, with a way out, on private pages for visitors without JavaScript: the shared header's
 * account area needs a script to know them. Inside <noscript>, so scripted browsers never show it twice.
 */
export function SignedInBar({ actor }: { actor: Actor }) {
  return (
    <noscript>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-2 rounded-md border border-line bg-surface px-4 py-2 text-sm text-ink-muted">
        <span>
          Signed in as <span className="font-medium text-ink">{actor.name}</span>
        </span>
        <SignOutButton />
      </div>
    </noscript>
  );
}
