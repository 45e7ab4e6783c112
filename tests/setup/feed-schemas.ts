import { XMLParser, XMLValidator } from "fast-xml-parser";
import { z } from "zod";

// What the feed tests hold a feed to: JSON Feed 1.1's required fields (version, title, items; each item
// an id and content_html or content_text) plus the ones we promise, and RSS 2.0's required channel
// elements (title, link, description) and the item elements we promise (title, link, guid, pubDate,
// description), checked on the parsed XML.

const rfc3339 = z.iso.datetime({ offset: true });

export const jsonFeedSchema = z.object({
  version: z.literal("https://jsonfeed.org/version/1.1"),
  title: z.string().min(1),
  home_page_url: z.url(),
  feed_url: z.url(),
  items: z.array(
    z
      .object({
        id: z.string().min(1),
        url: z.url(),
        title: z.string().min(1),
        content_html: z.string().min(1).optional(),
        content_text: z.string().min(1).optional(),
        summary: z.string().optional(),
        date_published: rfc3339,
        date_modified: rfc3339.optional(),
        tags: z.array(z.string()).optional(),
      })
      .refine(
        (item) => item.content_html !== undefined || item.content_text !== undefined,
        "an item needs content_html or content_text",
      ),
  ),
});

const rfc822 = z
  .string()
  .refine(
    (d) => /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(d) && !Number.isNaN(Date.parse(d)),
    "an RFC 822 date",
  );

const rssItemSchema = z.object({
  title: z.string().min(1),
  link: z.url(),
  guid: z.object({ "#text": z.string().min(1), "@_isPermaLink": z.literal("false") }),
  pubDate: rfc822,
  description: z.string().min(1),
});

const rssSchema = z.object({
  rss: z.object({
    "@_version": z.literal("2.0"),
    channel: z.object({
      title: z.string().min(1),
      link: z.url(),
      description: z.string().min(1),
      item: z.array(rssItemSchema).default([]),
    }),
  }),
});

/** Parses RSS text strictly (well-formed XML first), then checks it against rssSchema. */
export function parseRss(xml: string) {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`Not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const parsed: unknown = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    processEntities: true,
    htmlEntities: false,
    isArray: (name, path) => path === "rss.channel.item" || path === "rss.channel.item.category",
  }).parse(xml);
  return rssSchema.parse(parsed);
}
