/**
 * A moderator's note, shown wherever the listing appears to its employer: why it was not approved, why it
 * was sent back to review after reports, or why it was removed.
 */
export function RejectionReason({ reason, title = "Why it was not approved" }: { reason: string; title?: string }) {
  return (
    <div className="rounded-md border border-danger/40 bg-danger-soft px-4 py-3 text-sm text-danger-text">
      <p className="font-semibold">{title}</p>
      <p className="mt-1 whitespace-pre-line">{reason}</p>
    </div>
  );
}

/** The heading for a moderator's note on a listing in this state, or null when the note is not for now. */
export function moderatorNoteTitle(status: string): string | null {
  if (status === "REJECTED") return "Why it was not approved";
  if (status === "PENDING_REVIEW") return "A moderator sent it back to review after reports: please fix this";
  return null;
}
