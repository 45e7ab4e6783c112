import "server-only";
import { createHash } from "node:crypto";
import { eligibilitySummary } from "@/lib/eligibility-text";
import { formatDate, isoDate } from "@/lib/format";
import { formatPay } from "@/lib/pay";
import { escapeMarkup as esc } from "@/lib/seo/escape";
import { listingPath } from "@/lib/site-url";
import type { GoneListing } from "@/server/listings/gone";
import type { ListingCardData } from "@/server/listings/public";

// The "no longer open" page of an ended listing, served by the proxy with status 410 (decision 008). An App
// Router page cannot answer 410, so this page is a small self-contained document built from data: the
// site's header links and colours, what happened and when, live roles at the same level, no JobPosting
// markup and no script. Its one stylesheet is inline and allowed by its hash in the page's own CSP.

const STYLE = `
:root{color-scheme:light dark;--canvas:#f5f7fa;--surface:#fff;--ink:#111827;--muted:#4b5563;--line:#dbe1e8;--accent:#1d4ed8;--accent-ink:#fff;--soft:#e6edfd;--soft-ink:#1e3a8a;--pay:#e3f4e8;--pay-ink:#14532d}
@media (prefers-color-scheme:dark){:root{--canvas:#0d1117;--surface:#151b23;--ink:#e6e9ef;--muted:#a4aebb;--line:#2b3440;--accent:#8cb4ff;--accent-ink:#0d1117;--soft:#1b2b49;--soft-ink:#c9dbff;--pay:#15301f;--pay-ink:#9fe5b5}}
*{box-sizing:border-box}
body{margin:0;background:var(--canvas);color:var(--ink);font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--accent)}
:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.wrap{max-width:72rem;margin:0 auto;padding:0 clamp(1rem,0.6rem + 1.6vw,2rem)}
header,footer{background:var(--surface);border-bottom:1px solid var(--line)}
footer{border-top:1px solid var(--line);border-bottom:0;margin-top:3rem;color:var(--muted);font-size:.875rem}
header .wrap,footer .wrap{display:flex;flex-wrap:wrap;align-items:center;gap:.25rem 1.25rem;padding-top:.75rem;padding-bottom:.75rem}
.logo{font-weight:700;font-size:1.125rem;color:var(--ink);text-decoration:none;margin-right:auto}
nav{display:flex;flex-wrap:wrap;gap:0 1.25rem}
nav a{color:var(--muted);font-size:.875rem;font-weight:500;text-decoration:none;padding:.5rem 0}
nav a:hover{color:var(--ink);text-decoration:underline}
main{padding-top:2.5rem}
h1{font-size:clamp(1.625rem,1.4rem + 1vw,2.125rem);line-height:1.2;margin:.25rem 0 .75rem}
h2{font-size:1.375rem;margin:2.5rem 0 1rem}
.muted{color:var(--muted)}
.lead{font-size:1.125rem;max-width:44rem}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin-top:1.25rem}
.button{display:inline-flex;align-items:center;min-height:2.5rem;padding:.5rem 1rem;border-radius:.375rem;border:1px solid var(--accent);font-weight:600;text-decoration:none}
.primary{background:var(--accent);color:var(--accent-ink)}
ol{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:1rem}
li{background:var(--surface);border:1px solid var(--line);border-radius:.5rem;padding:1rem 1.25rem}
li h3{font-size:1.125rem;margin:0}
li p{margin:.25rem 0 0;font-size:.875rem}
.tag{display:inline-block;border-radius:.75rem;padding:0 .625rem;font-size:.75rem;font-weight:600;margin-right:.375rem;background:var(--soft);color:var(--soft-ink)}
.pay{background:var(--pay);color:var(--pay-ink)}
`;

/** The Content-Security-Policy of the gone page: nothing but its own inline style and same-site images. */
export const GONE_PAGE_CSP = `default-src 'none'; style-src 'sha256-${createHash("sha256").update(STYLE).digest("base64")}'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`;

function endedText(listing: GoneListing): string {
  const who = listing.reason === "closed" ? "The employer closed it" : "Its listing period ended";
  if (!listing.endedAt) return `${who}.`;
  return `${who} on <time datetime="${isoDate(listing.endedAt)}">${esc(formatDate(listing.endedAt))}</time>.`;
}

function card(listing: ListingCardData, regionNames: ReadonlyMap<string, string>): string {
  return `<li><h3><a href="${esc(listingPath(listing.slug))}">${esc(listing.title)}</a></h3><p class="muted">${esc(listing.company.name)} · Open to: ${esc(eligibilitySummary(listing, regionNames))}</p><p><span class="tag">${esc(listing.level.name)}</span><span class="tag pay">${esc(formatPay(listing))}</span></p></li>`;
}

export type GonePageData = {
  listing: GoneListing;
  similar: readonly ListingCardData[];
  regionNames: ReadonlyMap<string, string>;
};

/** The whole HTML document. Every value from the database is escaped. */
export function goneListingPage({ listing, similar, regionNames }: GonePageData): string {
  const level = esc(listing.level.name);
  const levelHref = esc(`/jobs?level=${encodeURIComponent(listing.level.slug)}`);
  const roles =
    similar.length > 0
      ? `<ol>${similar.map((s) => card(s, regionNames)).join("")}</ol>`
      : `<p>No open ${level} roles right now; new roles appear as soon as a moderator approves them. <a href="/jobs">See every open role</a>.</p>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, follow">
<title>No longer open: ${esc(listing.title)} · Backplane</title><meta name="description" content="${esc(`${listing.title} at ${listing.companyName} no longer takes applications.`)}"><link rel="icon" href="/icon.svg" type="image/svg+xml"><style>${STYLE}</style></head>
<body><header><div class="wrap"><a class="logo" href="/">Backplane</a><nav aria-label="Main"><a href="/jobs">Jobs</a><a href="/roles/remote-backend-architect">Role profile</a><a href="/salaries">Salaries</a><a href="/sign-in">Sign in</a></nav></div></header>
<main id="main" class="wrap"><section aria-labelledby="gone-heading"><p class="lead muted">${esc(listing.companyName)}</p><h1 id="gone-heading">This role is no longer open</h1>
<p class="lead"><strong>${esc(listing.title)}</strong> no longer takes applications. ${endedText(listing)}</p>
<p class="actions"><a class="button primary" href="${levelHref}">Open ${level} roles</a><a class="button" href="/jobs">All open roles</a></p></section>
<section aria-labelledby="similar-heading"><h2 id="similar-heading">Open ${level} roles</h2>${roles}</section></main>
<footer><div class="wrap"><p><strong>Backplane</strong> — remote backend architect roles with real pay and clear eligibility.</p></div></footer></body></html>`;
}
