import Link from "next/link";
import { FormMessage } from "@/components/ui";

/** Shown where an unconfirmed account cannot act yet (posting, applying); the data layer refuses anyway. */
export function UnverifiedNotice({ what }: { what: string }) {
  return (
    <FormMessage tone="info">
      Confirm your email address before you {what}: open the link we sent you.{" "}
      <Link className="underline underline-offset-2" href="/verify-email">
        Send me a new link
      </Link>
    </FormMessage>
  );
}
