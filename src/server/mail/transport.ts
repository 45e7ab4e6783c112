import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { absoluteUrl, siteUrl } from "@/lib/site-url";

// Where rendered messages go: an SMTP server (SMTP_URL), or — in development without one — the dev
// mailbox, which is the outbox itself shown at /dev/mailbox. Production without SMTP_URL has no transport:
// messages wait in the outbox until it is configured.

export type OutgoingMessage = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
};

export type MailTransport = {
  name: "smtp" | "dev-mailbox";
  /** Keeps the rendered bodies on the row after sending (the dev mailbox shows them). */
  keepsBodies: boolean;
  send: (message: OutgoingMessage) => Promise<void>;
};

// Below the outbox's claim lease (outbox.ts), so a live worker never outlasts its claim on one message.
const TIMEOUTS = { connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 45_000 };

type Holder = { backplaneSmtp?: { url: string; transporter: nodemailer.Transporter } };
const holder = globalThis as Holder;

function smtpTransporter(url: string): nodemailer.Transporter {
  if (holder.backplaneSmtp?.url !== url) {
    holder.backplaneSmtp?.transporter.close();
    holder.backplaneSmtp = { url, transporter: nodemailer.createTransport(url, TIMEOUTS) };
  }
  return holder.backplaneSmtp.transporter;
}

export function mailTransport(): MailTransport | null {
  if (env.SMTP_URL) {
    const transporter = smtpTransporter(env.SMTP_URL);
    return {
      name: "smtp",
      keepsBodies: false,
      async send(message) {
        await transporter.sendMail({
          from: env.MAIL_FROM,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          headers: message.headers,
          // One Message-ID per outbox row: a message sent again after a crash is recognisably the same.
          messageId: `<${message.id}@${siteUrl().hostname}>`,
        });
      },
    };
  }
  if (env.NODE_ENV === "production") return null;
  return {
    name: "dev-mailbox",
    keepsBodies: true,
    async send(message) {
      console.log(`✉ ${message.to} · ${message.subject} → ${absoluteUrl(`/dev/mailbox/${message.id}`)}`);
    },
  };
}

/** SMTP 5xx answers are permanent (no such mailbox, refused): retrying cannot help. */
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

/** Closes the SMTP connection pool (shutdown, tests). */
export function closeMailTransport(): void {
  holder.backplaneSmtp?.transporter.close();
  holder.backplaneSmtp = undefined;
}
