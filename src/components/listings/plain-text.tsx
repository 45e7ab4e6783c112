import { cn } from "@/components/ui/cn";
import { plainTextBlocks } from "@/lib/plain-text";

// Employer text is plain text: it is rendered as React text nodes (escaped), never as HTML.
export function PlainText({ text, className }: { text: string; className?: string }) {
  return (
    <div className={cn("flex flex-col gap-4 leading-relaxed text-ink", className)}>
      {plainTextBlocks(text).map((block, i) =>
        block.kind === "list" ? (
          <ul key={i} className="list-disc space-y-1 pl-5 marker:text-ink-muted">
            {block.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        ) : (
          <p key={i} className="whitespace-pre-line">
            {block.text}
          </p>
        ),
      )}
    </div>
  );
}
