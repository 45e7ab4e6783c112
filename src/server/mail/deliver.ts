import "server-only";
import { isMailKind } from "@/server/mail/kinds";
import { claimMessages, markFailed, markSent, renewClaim, type ClaimedMessage } from "@/server/mail/outbox";
import { renderEmail } from "@/server/mail/render";
import { isPermanentFailure, mailTransport, type MailTransport } from "@/server/mail/transport";

// The deliver-email job: drains the outbox in batches until nothing is due (or the run's budget is spent;
// the next run, kicked or scheduled every minute, continues).

export type DeliveryReport = { sent: number; retrying: number; parked: number; waiting?: "no transport" };

const BATCH_SIZE = 20;
const MAX_BATCHES_PER_RUN = 10;

let warnedNoTransport = false;

async function deliverOne(message: ClaimedMessage, transport: MailTransport, report: DeliveryReport) {
  if (!isMailKind(message.kind)) {
    await markFailed(message, `Unknown kind "${message.kind}"`, { permanent: true });
    report.parked += 1;
    return;
  }
  let rendered;
  try {
    rendered = renderEmail(message.kind, message.data, { userId: message.userId });
  } catch (error) {
    // A template or its data is broken: retrying cannot help, and an admin should see it.
    console.error(`Mail ${message.id} (${message.kind}) could not be rendered:`, error);
    await markFailed(message, `Could not render: ${String(error)}`, { permanent: true });
    report.parked += 1;
    return;
  }
  if (!(await renewClaim(message))) return; // another worker took it after our lease ran out
  try {
    await transport.send({ id: message.id, to: message.toAddress, ...rendered });
  } catch (error) {
    const outcome = await markFailed(message, error instanceof Error ? error.message : String(error), {
      permanent: isPermanentFailure(error),
    });
    report[outcome === "parked" ? "parked" : "retrying"] += 1;
    return;
  }
  await markSent(message, rendered, transport.keepsBodies);
  report.sent += 1;
}

/** Sends what is due. Never throws for a message's failure: each is recorded on its row. */
export async function deliverDueMail(): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, parked: 0 };
  const transport = mailTransport();
  if (!transport) {
    if (!warnedNoTransport) console.warn("SMTP_URL is not set: mail waits in the outbox until it is.");
    warnedNoTransport = true;
    return { ...report, waiting: "no transport" };
  }
  for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
    const messages = await claimMessages(BATCH_SIZE);
    for (const message of messages) await deliverOne(message, transport, report);
    if (messages.length < BATCH_SIZE) break;
  }
  return report;
}
