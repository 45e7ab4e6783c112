import { Fragment, isValidElement, type ReactElement, type ReactNode } from "react";
import { HtmlOnly } from "@/server/mail/templates/parts";

// The plain-text part of a message, from the same React tree as its HTML: paragraphs become blocks
// separated by a blank line, links become "text (url)", list items "- item", quotes "> line". Function
// components are called directly (mail templates use no hooks); <HtmlOnly> is left out.

const BLOCKS = new Set(["p", "div", "h1", "h2", "h3", "h4", "table", "tbody", "tr", "td", "ul", "ol", "li", "blockquote"]);
const SKIPPED = new Set(["head", "style", "title", "script", "meta"]);
const HARD_BREAK = "\u2028";

type Block = { text: string; tight: boolean };

class TextBuilder {
  readonly blocks: Block[] = [];
  private inline: string[] = [];
  private quoteDepth = 0;
  private listItem = false;

  text(value: string) {
    this.inline.push(value);
  }

  flush() {
    const raw = this.inline.join("");
    this.inline = [];
    const lines = (this.quoteDepth > 0 ? raw.replace(/\n/g, HARD_BREAK) : raw)
      .split(HARD_BREAK)
      .map((line) => line.replace(/\s+/g, " ").trim());
    while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
    if (lines.length === 0 || lines.every((line) => line === "")) return;
    let text = lines.join("\n");
    if (this.listItem) text = `- ${text}`;
    if (this.quoteDepth > 0) text = text.replace(/^/gm, "> ");
    this.blocks.push({ text, tight: this.listItem });
  }

  block(tag: string, visit: () => void) {
    this.flush();
    const wasListItem = this.listItem;
    if (tag === "li") this.listItem = true;
    if (tag === "blockquote") this.quoteDepth += 1;
    visit();
    this.flush();
    if (tag === "blockquote") this.quoteDepth -= 1;
    this.listItem = wasListItem;
  }
}

function linkText(children: ReactNode, href: string): string {
  const inner = new TextBuilder();
  walk(children, inner);
  inner.flush();
  const label = inner.blocks.map((b) => b.text).join(" ");
  return !label || label === href ? href : `${label} (${href})`;
}

function walk(node: ReactNode, out: TextBuilder): void {
  if (node === null || node === undefined || typeof node === "boolean") return;
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") {
    out.text(String(node));
    return;
  }
  if (Array.isArray(node)) {
    for (const child of node) walk(child as ReactNode, out);
    return;
  }
  if (!isValidElement(node)) return;
  const element = node as ReactElement<{ children?: ReactNode; href?: string }>;
  const { type, props } = element;
  if (type === Fragment) return walk(props.children, out);
  if (type === HtmlOnly) return;
  if (typeof type === "function") {
    return walk((type as (p: unknown) => ReactNode)(props), out);
  }
  if (typeof type !== "string" || SKIPPED.has(type)) return;
  if (type === "br") return out.text(HARD_BREAK);
  if (type === "hr") return out.block("p", () => out.text("----"));
  if (type === "a" && typeof props.href === "string") return out.text(linkText(props.children, props.href));
  if (BLOCKS.has(type)) return out.block(type, () => walk(props.children, out));
  walk(props.children, out);
}

/** The plain-text rendering of a message tree. */
export function renderText(node: ReactNode): string {
  const out = new TextBuilder();
  walk(node, out);
  out.flush();
  return (
    out.blocks
      .map((block, index) => (index === 0 ? "" : block.tight && out.blocks[index - 1]!.tight ? "\n" : "\n\n") + block.text)
      .join("") + "\n"
  );
}
