"use client";

import Link from "next/link";
import { signOut } from "@/app/(auth)/actions";
import { ButtonLink, SubmitButton } from "@/components/ui";
import { useViewer, watchViewerChange } from "@/components/viewer/viewer-store";
import type { ViewerRole } from "@/lib/viewer";
import { NavLink } from "./nav-link";

// The header's per-visitor parts, as islands: the page around them is the same for everyone. Until the
// visitor is known they render the signed-out links marked data-viewer-pending, which globals.css hides
// while scripts run (and shows anyway after a few seconds), so a signed-in visitor sees no "Sign in" flash
// and a visitor without JavaScript sees working links.

const roleItems: Record<ViewerRole, { href: string; label: string; exact?: boolean }> = {
  CANDIDATE: { href: "/account/applications", label: "My applications" },
  EMPLOYER: { href: "/employer", label: "My listings", exact: true },
  ADMIN: { href: "/admin/review", label: "Review queue" },
};

/** The signed-in visitor's own section in the main navigation. */
export function RoleNavItem() {
  const state = useViewer();
  const role = state.status === "ready" ? state.viewer.user?.role : undefined;
  if (!role) return null;
  const item = roleItems[role];
  return (
    <li>
      <NavLink href={item.href} exact={item.exact}>
        {item.label}
      </NavLink>
    </li>
  );
}

export function AccountArea() {
  const state = useViewer();
  const user = state.status === "ready" ? state.viewer.user : null;
  if (!user) {
    return (
      <div className="ml-auto flex items-center gap-2" data-viewer-pending={state.status === "pending" ? "" : undefined}>
        <ButtonLink href="/sign-in" variant="ghost" size="sm">
          Sign in
        </ButtonLink>
        <ButtonLink href="/sign-up?role=employer" size="sm">
          Post a role
        </ButtonLink>
      </div>
    );
  }
  return (
    <div className="ml-auto flex items-center gap-2">
      {/* The way to the settings (account, security, notifications, your data). */}
      <Link href="/settings/account" className="link max-w-40 truncate text-sm" title={`Settings for ${user.email}`}>
        <span className="sr-only sm:not-sr-only">{user.name}</span>
        <span className="sm:sr-only">Settings</span>
      </Link>
      {user.role === "EMPLOYER" ? (
        <ButtonLink href="/employer/listings/new" size="sm">
          Post a role
        </ButtonLink>
      ) : null}
      {/* A POST to the auth feature's action: works without JavaScript, guarded by the action origin check. */}
      <form action={signOut} onSubmit={watchViewerChange}>
        <SubmitButton variant="ghost" size="sm" pendingLabel="Signing out…">
          Sign out
        </SubmitButton>
      </form>
    </div>
  );
}
