import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { siteUrl } from "@/lib/site-url";
import { MAIL_KIND_NAMES, mailKind } from "@/server/mail/kinds";
import { renderEmail } from "@/server/mail/render";
import { MAIL_SAMPLES } from "@/server/mail/samples";
import { P, A, List, Quote } from "@/server/mail/templates/parts";
import { renderText } from "@/server/mail/text";

// Every template renders from its sample data to a complete HTML document and a readable text part, with
// absolute links to the site, and the unsubscribe headers exactly when the kind may be turned off.

describe.each(MAIL_KIND_NAMES)("the %s template", (kind) => {
  const definition = mailKind(kind);
  const rendered = renderEmail(kind, MAIL_SAMPLES[kind], { userId: "user_1" });

  it("renders a subject, an HTML document and a text part", () => {
    expect(rendered.subject.length).toBeGreaterThan(5);
    expect(rendered.subject).not.toMatch(/undefined|null|\[object/);
    expect(rendered.html.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
    expect(rendered.html).toContain(`<title>${rendered.subject.replace(/&/g, "&amp;")}`.slice(0, 20));
    expect(rendered.html).toContain("prefers-color-scheme: dark");
    expect(rendered.html).not.toMatch(/<img|<script/i);
    expect(rendered.text).not.toMatch(/<[a-z]/i);
    expect(rendered.text).not.toMatch(/undefined|\[object/);
    expect(rendered.text.length).toBeGreaterThan(40);
  });

  it("links only to the site, with absolute URLs in both parts", () => {
    const origin = siteUrl().origin;
    const htmlLinks = [...rendered.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    const textLinks = rendered.text.match(/https?:\/\/[^\s)]+/g) ?? [];
    expect(htmlLinks.length).toBeGreaterThan(0);
    for (const link of [...htmlLinks, ...textLinks]) expect(link.startsWith(`${origin}/`), link).toBe(true);
    // Every link of the HTML part is in the text part too.
    for (const link of htmlLinks) expect(rendered.text).toContain(link.replace(/&amp;/g, "&"));
  });

  it(definition.category === "security" ? "cannot be unsubscribed from" : "carries a one-click unsubscribe (RFC 8058)", () => {
    if (definition.category === "security") {
      expect(rendered.headers["List-Unsubscribe"]).toBeUndefined();
      expect(rendered.text).toContain("cannot be turned off");
    } else {
      expect(rendered.headers["List-Unsubscribe"]).toMatch(
        new RegExp(`^<${siteUrl().origin}/api/unsubscribe/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+>$`),
      );
      expect(rendered.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
      expect(rendered.text).toMatch(/Unsubscribe from these \(https?:\/\/[^\s)]+\/unsubscribe\//);
    }
  });
});

describe("the text renderer", () => {
  it("writes paragraphs, links, lists and quotes as plain text", () => {
    const text = renderText(
      <>
        <P>
          Hello <A href="https://x.example/a">the link</A>.
        </P>
        <List items={["one", <>two</>]} />
        <Quote>{"first line\nsecond line"}</Quote>
      </>,
    );
    expect(text).toBe("Hello the link (https://x.example/a).\n\n- one\n- two\n\n> first line\n> second line\n");
  });

  it("a link whose text is its address appears once", () => {
    expect(renderText(<A href="https://x.example/">https://x.example/</A>)).toBe("https://x.example/\n");
  });

  it("sends as the configured sender", () => {
    expect(env.MAIL_FROM).toBe("Backplane Tests <no-reply@backplane.test>");
  });
});

describe("a non-security message to an address without an account", () => {
  it("has no unsubscribe link (there is no account to record it on) but says where to choose", () => {
    const rendered = renderEmail("listing-approved", MAIL_SAMPLES["listing-approved"], { userId: null });
    expect(rendered.headers["List-Unsubscribe"]).toBeUndefined();
    expect(rendered.text).toContain("Choose which mail you get");
    expect(rendered.text).not.toContain("cannot be turned off");
  });
});
