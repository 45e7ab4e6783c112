import { cn } from "@/components/ui/cn";

// Employer text is plain text: it is rendered as React text nodes (escaped), never as HTML.
// Blank lines separate paragraphs; a block whose every line starts with "-", "*" or "•" is a list.
const BULLET = /^\s*[-*•]\s+/;

export function PlainText({ text, className }: { text: string; className?: string }) {
  const blocks = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  return (
    <div className={cn("flex flex-col gap-4 leading-relaxed text-ink", className)}>
      {blocks.map((block, i) => {
        const lines = block.split("\n");
        if (lines.every((line) => BULLET.test(line))) {
          return (
            <ul key={i} className="list-disc space-y-1 pl-5 marker:text-ink-muted">
              {lines.map((line, j) => (
                <li key={j}>{line.replace(BULLET, "")}</li>
              ))}
            </ul>
          );
        }
        return (
          <p key={i} className="whitespace-pre-line">
            {block}
          </p>
        );
      })}
    </div>
  );
}
