import type { Metadata } from "next";
import { ButtonLink, EmptyState } from "@/components/ui";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6 py-8">
      <h1 className="text-3xl font-bold tracking-tight text-ink">Page not found</h1>
      <EmptyState
        title="This page is not here"
        description="The role may have been filled, closed or taken down, or the address may be mistyped."
        action={
          <div className="flex flex-wrap justify-center gap-3">
            <ButtonLink href="/">Browse open roles</ButtonLink>
            <ButtonLink href="/roles/remote-backend-architect" variant="secondary">
              Read the role profile
            </ButtonLink>
          </div>
        }
      />
    </div>
  );
}
