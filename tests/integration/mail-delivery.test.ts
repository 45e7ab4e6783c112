import { spawn } from "node:child_process";
import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { siteUrl } from "@/lib/site-url";
import { executeAction } from "@/server/action";
import { applyDefinition } from "@/server/applications/actions";
import { db } from "@/server/db";
import { startJobRunner, stopJobRunner } from "@/server/jobs/runner";
import { retryParkedMailDefinition } from "@/server/mail/actions";
import { deliverDueMail } from "@/server/mail/deliver";
import { enqueueEmail } from "@/server/mail/enqueue";
import { CLAIM_LEASE_MS, MAX_ATTEMPTS } from "@/server/mail/outbox";
import { sendAdminDailySummaries } from "@/server/moderation/daily-summary";
import { expectConsoleError } from "../setup/console-error-state";
import { resetDatabase } from "../setup/db";
import { createAdmin, createCandidate, createEmployer, createListing, createUser } from "../setup/factories";
import { waitForJobs } from "../setup/jobs";
import { linksIn, mailSink, outboxOf } from "../setup/mail";
import type { ReceivedMail } from "../setup/smtp-sink";

// Mail really leaves: written with its event, delivered by the deliver-email job over SMTP to a real
// server in this process, and inspected as received MIME.

beforeEach(async () => {
  await resetDatabase();
  mailSink().clear();
  mailSink().refuse.clear();
});

/** One "password changed" notice for the user, queued as its event would queue it. */
function queueNotice(userId: string, dedupeKey: string) {
  return db.$transaction((tx) =>
    enqueueEmail(tx, { kind: "password-changed", to: { userId }, data: { name: "Lin" }, dedupeKey }),
  );
}

/** A header's value exactly as it arrived (unfolded). */
function headerLine(mail: ReceivedMail, name: string): string | undefined {
  const line = mail.headerLines.find((h) => h.key === name)?.line;
  return line
    ?.slice(line.indexOf(":") + 1)
    .replace(/\r?\n\s+/g, " ")
    .trim();
}

/** Makes every waiting message due now (time passing, without waiting for it). */
async function timePasses() {
  await db.emailOutbox.updateMany({ where: { status: "PENDING" }, data: { sendAfter: new Date(Date.now() - 1000) } });
}

async function applicationScene() {
  const employer = await createEmployer();
  const recruiter = await createUser("EMPLOYER");
  await db.companyMember.create({ data: { companyId: employer.company.id, userId: recruiter.id, role: "RECRUITER" } });
  const listing = await createListing(employer.company.id);
  const candidate = await createCandidate();
  return { employer, recruiter, listing, candidate };
}

describe("delivery through the job", () => {
  beforeAll(() => startJobRunner({ schedules: false, pollingIntervalSeconds: 0.5 }));
  afterAll(() => stopJobRunner());

  it("an application mails the candidate and each team member once, as real MIME with links to the site", async () => {
    const { employer, recruiter, listing, candidate } = await applicationScene();
    const input = { listingId: listing.id, coverNote: "I built the payments ledger at my last company, end to end." };

    const first = await executeAction(applyDefinition, candidate.actor, input);
    const again = await executeAction(applyDefinition, candidate.actor, input); // a double submit
    expect(first.ok && again.ok).toBe(true);
    await waitForJobs("deliver-email");

    const sink = mailSink();
    expect(sink.received).toHaveLength(3);
    const [confirmation] = sink.to(candidate.user.email);
    expect(confirmation!.subject).toBe(`Application sent: ${listing.title}`);
    expect(env.MAIL_FROM).toBe("Backplane Tests <no-reply@backplane.test>");
    expect(confirmation!.from?.value).toEqual([{ address: "no-reply@backplane.test", name: "Backplane Tests" }]);
    expect(confirmation!.to && !Array.isArray(confirmation!.to) ? confirmation!.to.value.map((v) => v.address) : []).toEqual([
      candidate.user.email,
    ]);
    expect(confirmation!.text).toBeTruthy();
    expect(confirmation!.html).toBeTruthy();
    expect(confirmation!.text).toContain(listing.title);
    expect(confirmation!.html).toContain(listing.title);
    const application = await db.application.findFirstOrThrow({ where: { listingId: listing.id } });
    expect(linksIn(confirmation!.text)).toContain(`${siteUrl().origin}/account/applications/${application.id}`);
    for (const link of linksIn(confirmation!.text)) expect(link.startsWith(siteUrl().origin)).toBe(true);
    expect(headerLine(confirmation!, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(confirmation!.messageId).toMatch(/@localhost>$/);

    for (const member of [employer.user, recruiter]) {
      const mails = sink.to(member.email);
      expect(mails.map((m) => m.subject)).toEqual([`New application: ${listing.title}`]);
      expect(linksIn(mails[0]!.text)).toContain(`${siteUrl().origin}/employer/listings/${listing.id}`);
    }
    expect(await db.emailOutbox.count({ where: { status: "SENT" } })).toBe(3);
  });

  it("bulk mail carries List-Unsubscribe and List-Unsubscribe-Post (RFC 8058)", async () => {
    const admin = await createAdmin();
    await createListing((await createEmployer()).company.id, { status: "PENDING_REVIEW", title: "Waiting Architect" });

    await sendAdminDailySummaries();
    await waitForJobs("deliver-email");

    const [summary] = mailSink().to(admin.user.email);
    expect(summary!.subject).toBe("Review queue: 1 listing waiting, 0 open reports");
    expect(summary!.text).toContain("The oldest: Waiting Architect");
    expect(headerLine(summary!, "list-unsubscribe")).toMatch(new RegExp(`^<${siteUrl().origin}/api/unsubscribe/[^>]+>$`));
    expect(headerLine(summary!, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(headerLine(summary!, "precedence")).toBe("bulk");
    // A second run the same day sends nothing more.
    await sendAdminDailySummaries();
    expect(await outboxOf("admin-daily-summary")).toHaveLength(1);
  });
});

describe("the outbox", () => {
  it("writes one row per dedupe key, however often the event is retried", async () => {
    const candidate = await createCandidate();
    const request = {
      kind: "application-received" as const,
      to: { userId: candidate.user.id },
      data: { applicationId: "app_1", listingTitle: "Architect", companyName: "Acme" },
      dedupeKey: "application-received:app_1",
    };
    const outcomes = await db.$transaction(async (tx) => [await enqueueEmail(tx, request), await enqueueEmail(tx, request)]);
    expect(outcomes.map((o) => o.status)).toEqual(["queued", "duplicate"]);
    expect(await enqueueEmail(db as never, request)).toEqual({ status: "duplicate" });
    expect(await db.emailOutbox.count()).toBe(1);
  });

  it("SMTP down: retries with growing waits, parks after the last attempt; an admin's retry delivers it once", async () => {
    const { candidate } = await applicationScene();
    await queueNotice(candidate.user.id, "down-test");
    const sink = mailSink();
    const port = sink.port;
    await sink.stop();
    try {
      const waits: number[] = [];
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        const report = await deliverDueMail();
        const row = await db.emailOutbox.findFirstOrThrow({ where: { dedupeKey: "down-test" } });
        expect(row.attempts).toBe(attempt);
        expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
        if (attempt < MAX_ATTEMPTS) {
          expect(report).toMatchObject({ sent: 0, retrying: 1, parked: 0 });
          expect(row.status).toBe("PENDING");
          waits.push(row.sendAfter.getTime() - row.lastAttemptAt!.getTime());
          // Not due yet: a drain now leaves it alone.
          expect(await deliverDueMail()).toMatchObject({ sent: 0, retrying: 0, parked: 0 });
          await timePasses();
        } else {
          expect(report).toMatchObject({ parked: 1 });
          expect(row.status).toBe("PARKED");
          expect(row.parkedAt).toBeInstanceOf(Date);
        }
      }
      expect(waits).toEqual([...waits].sort((a, b) => a - b));
      expect(waits[0]).toBeGreaterThanOrEqual(60_000);
      // Parked stays parked.
      await timePasses();
      expect(await deliverDueMail()).toMatchObject({ sent: 0, retrying: 0, parked: 0 });
    } finally {
      await sink.start(port);
    }

    const row = await db.emailOutbox.findFirstOrThrow({ where: { dedupeKey: "down-test" } });
    const { actor: admin } = await createAdmin();
    const refused = await executeAction(retryParkedMailDefinition, candidate.actor, { messageId: row.id });
    expect(refused.ok).toBe(false);
    const retried = await executeAction(retryParkedMailDefinition, admin, { messageId: row.id });
    expect(retried.ok).toBe(true);
    const twice = await executeAction(retryParkedMailDefinition, admin, { messageId: row.id });
    expect(twice).toMatchObject({ ok: false, state: { message: expect.stringContaining("not parked") } });

    expect(await deliverDueMail()).toMatchObject({ sent: 1 });
    expect(await deliverDueMail()).toMatchObject({ sent: 0 });
    expect(sink.to(candidate.user.email).map((m) => m.subject)).toEqual(["Your password was changed"]);
    expect(await db.auditLog.count({ where: { action: "email.retry", targetId: row.id } })).toBe(1);
  });

  it("a permanent refusal (550) parks the message at once", async () => {
    const candidate = await createCandidate();
    mailSink().refuse.add(candidate.user.email);
    await queueNotice(candidate.user.id, "refused");
    expect(await deliverDueMail()).toMatchObject({ parked: 1 });
    expect(await db.emailOutbox.findFirstOrThrow({ where: { dedupeKey: "refused" } })).toMatchObject({
      status: "PARKED",
      attempts: 1,
    });
  });

  it("removes a one-time link from the stored message once it is sent", async () => {
    const candidate = await createCandidate();
    const token = "A".repeat(43);
    await db.$transaction((tx) =>
      enqueueEmail(tx, {
        kind: "password-reset",
        to: { userId: candidate.user.id },
        data: { name: "Lin", token },
        dedupeKey: "secret",
      }),
    );
    await deliverDueMail();
    expect(mailSink().to(candidate.user.email)[0]!.text).toContain(token);
    const row = await db.emailOutbox.findFirstOrThrow({ where: { dedupeKey: "secret" } });
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row).toMatchObject({ status: "SENT", subject: "Choose a new password", textBody: null, htmlBody: null });
  });
});

describe("a worker killed between claim and send", () => {
  let silent: Server;
  let silentPort = 0;

  beforeAll(async () => {
    // Accepts connections and never answers: the worker claims, connects, and waits for a greeting.
    silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    silentPort = (silent.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => silent.close(() => resolve())));

  it("leaves the message to the next worker after the lease: exactly one delivery", async () => {
    const candidate = await createCandidate();
    await queueNotice(candidate.user.id, "crash");
    const child = spawn(process.execPath, ["--import", "tsx", "tests/setup/mail-worker-child.ts"], {
      env: { ...process.env, SMTP_URL: `smtp://127.0.0.1:${silentPort}`, DATABASE_POOL_MAX: "1" },
      stdio: "ignore",
    });
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
      child.on("exit", (code, signal) => resolve(signal ?? code)),
    );
    try {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const row = await db.emailOutbox.findFirstOrThrow({ where: { dedupeKey: "crash" } });
        if (row.status === "SENDING") break;
        if (Date.now() > deadline) throw new Error("The worker never claimed the message.");
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      child.kill("SIGKILL");
    }
    expect(await exited).toBe("SIGKILL");
    expect(mailSink().received).toHaveLength(0);

    // Within the lease the claim stands: another worker does not touch it.
    expect(await deliverDueMail()).toMatchObject({ sent: 0 });
    // The lease runs out.
    await db.emailOutbox.updateMany({
      where: { dedupeKey: "crash" },
      data: { claimedAt: new Date(Date.now() - CLAIM_LEASE_MS - 1000) },
    });
    expect(await deliverDueMail()).toMatchObject({ sent: 1 });
    expect(await deliverDueMail()).toMatchObject({ sent: 0 });

    expect(mailSink().to(candidate.user.email)).toHaveLength(1);
    expect(await db.emailOutbox.findFirstOrThrow({ where: { dedupeKey: "crash" } })).toMatchObject({
      status: "SENT",
      attempts: 2,
    });
  });
});

describe("a message whose data no longer fits its template", () => {
  it("is parked at once with the reason, and logged", async () => {
    await db.emailOutbox.create({
      data: { kind: "password-changed", data: { nope: true }, toAddress: "x@example.test", dedupeKey: "broken" },
    });
    expectConsoleError(1);
    expect(await deliverDueMail()).toMatchObject({ parked: 1 });
    expect((await db.emailOutbox.findFirstOrThrow({ where: { dedupeKey: "broken" } })).lastError).toMatch(/Could not render/);
  });
});
