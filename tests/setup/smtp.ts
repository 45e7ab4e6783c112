import { afterAll } from "vitest";
import { SmtpSink } from "./smtp-sink";

// Every test file gets its own SMTP sink, and the app's SMTP_URL points at it before src/lib/env.ts is
// first imported (setup files run before the test file). Tests reach it with mailSink().

const KEY = Symbol.for("backplane.tests.smtpSink");
const registry = globalThis as unknown as Record<typeof KEY, SmtpSink | undefined>;

const sink = new SmtpSink();
await sink.start();
registry[KEY] = sink;
process.env.SMTP_URL = sink.url;
process.env.MAIL_FROM = "Backplane Tests <no-reply@backplane.test>";

afterAll(async () => {
  await sink.stop();
});
