import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";

// The end-to-end run's mailbox: scripts/e2e.ts runs a real SMTP server that files each message the app
// sends as an .eml file in E2E_MAIL_DIR. Tests wait for a message here instead of a dev mailbox, which a
// production build does not have.

function mailDir(): string {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error("E2E_MAIL_DIR is not set: run the end-to-end tests with `npx tsx scripts/e2e.ts`.");
  return dir;
}

function recipients(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((a) => a.value.map((v) => v.address?.toLowerCase() ?? ""));
}

/** Waits for the newest message to `address` whose subject matches; returns it with its links. */
export async function waitForMail(address: string, subject: RegExp, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const files = readdirSync(mailDir())
      .filter((f) => f.endsWith(".eml"))
      .sort()
      .reverse();
    for (const file of files) {
      const mail = await simpleParser(readFileSync(join(mailDir(), file)));
      if (recipients(mail).includes(address.toLowerCase()) && subject.test(mail.subject ?? "")) {
        return { mail, links: [...new Set(mail.text?.match(/https?:\/\/[^\s)]+/g) ?? [])] };
      }
    }
    if (Date.now() > deadline) throw new Error(`No mail to ${address} matching ${subject} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
