// A worker in a process of its own, for the crash test: it drains the outbox once, exactly as the
// deliver-email job does. The test kills it with SIGKILL while it is stuck talking to a silent SMTP server.
import { register } from "node:module";

register("../../scripts/lib/server-only-hooks.mjs", import.meta.url);

const { deliverDueMail } = await import("../../src/server/mail/deliver");
await deliverDueMail();
process.exit(0);
