/** An employer-supplied address as a link: only http(s) becomes one (javascript:, typos are not linked). */
export function webLink(url: string | null): { href: string; host: string } | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
    return { href: parsed.href, host: parsed.host.replace(/^www\./, "") };
  } catch {
    return null;
  }
}
