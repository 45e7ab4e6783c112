import Link from "next/link";
import { FormMessage } from "@/components/ui";
import { formatDate } from "@/lib/format";

/** "You applied on …" with the way to the application's status: the apply box once a candidate has applied. */
export function AppliedMessage({ application }: { application: { id: string; createdAt: string } }) {
  return (
    <FormMessage tone="success">
      You applied on {formatDate(new Date(application.createdAt))}.{" "}
      <Link className="link" href={`/account/applications/${application.id}`}>
        See its status
      </Link>
    </FormMessage>
  );
}
