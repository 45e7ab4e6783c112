import { notFound } from "next/navigation";
import HomePage from "../../page";

// The home page as anonymous visitors get it: rendered on the first request and kept in the full-route
// cache (the proxy rewrites "/" to /cached/home for visitors without a session; see
// src/server/cache/anonymous-pages.ts). A dynamic segment, so `next build` does not prerender it and needs
// no database. With no request data (force-static), the header renders signed out.
export { metadata } from "../../page";

export const dynamic = "force-static";
export const revalidate = 300;

export default async function CachedPage({ params }: PageProps<"/cached/[page]">) {
  if ((await params).page !== "home") notFound();
  return <HomePage params={Promise.resolve({})} searchParams={Promise.resolve({})} />;
}
