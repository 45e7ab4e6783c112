import { formatDate } from "@/lib/format";
import type { SuspensionNotice } from "@/server/moderation/suspension-notice";

/** Tells a suspended company's team what happened and why, on every employer page. */
export function SuspensionBanner({ notice }: { notice: SuspensionNotice }) {
  return (
    <div role="status" className="mb-6 rounded-md border border-danger/40 bg-danger-soft px-4 py-3 text-sm text-danger-text">
      <p className="font-semibold">
        Your company is suspended{notice.since ? ` since ${formatDate(notice.since)}` : ""}. Its listings are hidden from
        candidates and it cannot post new ones.
      </p>
      {notice.reason ? <p className="mt-1 whitespace-pre-line">The moderators’ reason: {notice.reason}</p> : null}
      <p className="mt-1">If you think this is a mistake, reply to any message from Backplane to reach the moderators.</p>
    </div>
  );
}
