import { plainTextBlocks } from "@/lib/plain-text";
import { escapeMarkup } from "@/lib/seo/escape";

/** Employer plain text as simple, escaped HTML (<p>, <br>, <ul><li>) for JSON-LD and feeds. */
export function plainTextToHtml(text: string): string {
  return plainTextBlocks(text)
    .map((block) =>
      block.kind === "list"
        ? `<ul>${block.items.map((item) => `<li>${escapeMarkup(item)}</li>`).join("")}</ul>`
        : `<p>${block.text.split("\n").map(escapeMarkup).join("<br>")}</p>`,
    )
    .join("\n");
}
