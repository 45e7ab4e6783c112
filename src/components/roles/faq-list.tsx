import { PlainText } from "@/components/listings/plain-text";

/** Questions as native disclosure widgets: keyboard- and screen-reader-friendly with no JavaScript. */
export function FaqList({ faqs }: { faqs: ReadonlyArray<{ question: string; answer: string }> }) {
  return (
    <div className="divide-y divide-line rounded-lg border border-line bg-surface">
      {faqs.map((faq) => (
        <details key={faq.question} className="group px-4 py-3 sm:px-5">
          <summary className="flex min-h-8 list-none items-center justify-between gap-4 rounded-sm font-semibold text-ink [&::-webkit-details-marker]:hidden">
            <h3>{faq.question}</h3>
            <svg
              aria-hidden="true"
              viewBox="0 0 20 20"
              className="size-5 shrink-0 text-ink-muted transition-transform group-open:rotate-180"
              fill="currentColor"
            >
              <path d="M5.2 7.5a.75.75 0 0 1 1.06 0L10 11.2l3.74-3.7a.75.75 0 1 1 1.06 1.06l-4.27 4.24a.75.75 0 0 1-1.06 0L5.2 8.56a.75.75 0 0 1 0-1.06Z" />
            </svg>
          </summary>
          <PlainText text={faq.answer} className="pt-2 pb-1 text-ink-muted" />
        </details>
      ))}
    </div>
  );
}
