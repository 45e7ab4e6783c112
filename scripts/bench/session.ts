// A real session cookie for the benchmark's signed-in requests: it signs a seeded account in through the
// app's own sign-in form, exactly as a browser without JavaScript does (the form's hidden fields name the
// server action), and keeps the cookies the answer sets.

const HIDDEN_INPUT = /<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g;

const unescapeAttribute = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The Cookie header of a fresh session for this account, or an error saying why the sign-in failed. */
export async function signInCookie(base: string, email: string, password: string): Promise<string> {
  const page = await (await fetch(`${base}/sign-in`)).text();
  const form = new FormData();
  for (const [, name, value] of page.matchAll(HIDDEN_INPUT)) form.append(name!, unescapeAttribute(value ?? ""));
  form.append("email", email);
  form.append("password", password);
  const response = await fetch(`${base}/sign-in`, { method: "POST", body: form, headers: { origin: base }, redirect: "manual" });
  const cookies = response.headers.getSetCookie().map((c) => c.split(";")[0]!);
  if (!cookies.some((c) => c.includes("session-token="))) {
    throw new Error(`Signing in ${email} set no session cookie (HTTP ${response.status}).`);
  }
  return cookies.join("; ");
}
