import { db } from "@/server/db";
import type { SmtpSink } from "./smtp-sink";

/** The SMTP server this test file's app delivers to (started by tests/setup/smtp.ts). */
export function mailSink(): SmtpSink {
  const sink = (globalThis as unknown as Record<symbol, SmtpSink | undefined>)[Symbol.for("backplane.tests.smtpSink")];
  if (!sink) throw new Error("The SMTP sink is not running (tests/setup/smtp.ts is a vitest setup file).");
  return sink;
}

/** The outbox rows of one kind, oldest first. */
export function outboxOf(kind: string) {
  return db.emailOutbox.findMany({ where: { kind }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

/** The links of a message's text part. */
export function linksIn(text: string | undefined): string[] {
  return [...new Set(text?.match(/https?:\/\/[^\s)]+/g) ?? [])];
}
