/** The moderator's reason, shown wherever a rejected listing appears to its employer. */
export function RejectionReason({ reason, title = "Why it was not approved" }: { reason: string; title?: string }) {
  return (
    <div className="rounded-md border border-danger/40 bg-danger-soft px-4 py-3 text-sm text-danger-text">
      <p className="font-semibold">{title}</p>
      <p className="mt-1 whitespace-pre-line">{reason}</p>
    </div>
  );
}
