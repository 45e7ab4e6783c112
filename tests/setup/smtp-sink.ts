import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

// A real SMTP server in the test process (the smtp-server package): what the app's nodemailer transport
// delivers arrives here as raw MIME, parsed with mailparser for the tests to inspect.

export type ReceivedMail = ParsedMail & { envelopeTo: string[]; raw: string };

export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  /** Also write each message to this folder as <n>.eml (the end-to-end run's mailbox). */
  constructor(private readonly saveTo?: string) {}

  private server: SMTPServer | undefined;
  /** Recipients the server refuses with a permanent error (550). */
  readonly refuse = new Set<string>();
  port = 0;

  async start(port = this.port): Promise<number> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (this.refuse.has(address.address.toLowerCase())) {
          const error = new Error("Mailbox unavailable") as Error & { responseCode: number };
          error.responseCode = 550;
          return callback(error);
        }
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          const raw = Buffer.concat(chunks).toString("utf8");
          if (this.saveTo) {
            const name = `${Date.now()}-${String(this.received.length).padStart(5, "0")}.eml`;
            writeFileSync(join(this.saveTo, name), raw);
          }
          simpleParser(raw).then(
            (parsed) => {
              this.received.push(Object.assign(parsed, { raw, envelopeTo: session.envelope.rcptTo.map((r) => r.address) }));
              callback();
            },
            (error: Error) => callback(error),
          );
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
    server.on("error", () => undefined);
    this.server = server;
    this.port = (server.server.address() as { port: number }).port;
    return this.port;
  }

  /** Stops listening: connections are refused, as when the mail server is down. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.envelopeTo.includes(address));
  }

  clear(): void {
    this.received.length = 0;
  }
}
