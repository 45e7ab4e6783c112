import Link from "next/link";
import { EmptyState } from "@/components/ui";

/** What a link from a mail shows when it is not one of ours (mistyped, cut short, tampered with). */
export function InvalidLink({ title, hint, href, label }: { title: string; hint: string; href: string; label: string }) {
  return (
    <EmptyState
      title={title}
      description={hint}
      action={
        <Link className="link" href={href}>
          {label}
        </Link>
      }
    />
  );
}
