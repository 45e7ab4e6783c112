import { serializeJsonForScript } from "@/lib/seo/escape";

/** Structured data for search engines, as an inline JSON-LD script (escaped so text cannot end it early). */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonForScript(data) }} />;
}
