// A listing page as anonymous visitors get it: rendered on first request and kept in the full-route cache
// (the proxy rewrites /jobs/<slug> here for visitors without a session; src/server/cache/anonymous-pages.ts).
// With no request data (force-static) the header is signed out, the apply box says "Sign in to apply" and
// there is no personal eligibility verdict.
export { default, generateMetadata } from "../../../jobs/[slug]/page";

export const dynamic = "force-static";
export const revalidate = 300;
