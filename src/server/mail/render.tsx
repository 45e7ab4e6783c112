// The edge build, named explicitly: Next compiles the job runner (src/instrumentation.ts) like server
// components, which may not import "react-dom/server" but may use this build by name.
import { renderToStaticMarkup } from "react-dom/server.edge";
import { absoluteUrl } from "@/lib/site-url";
import { MAIL_KINDS, mailKind, preferenceKind, type MailKind } from "@/server/mail/kinds";
import { signLink } from "@/server/mail/signed-links";
import { TEMPLATES, type MailLinks } from "@/server/mail/templates";
import { A, EmailLayout } from "@/server/mail/templates/parts";
import { renderText } from "@/server/mail/text";

// Turns an outbox row's kind and data into the message that is sent: subject, HTML and text parts from one
// React tree, and the unsubscribe headers of RFC 8058 for anything the recipient may turn off. Runs in the
// job that delivers mail (src/server/mail/deliver.ts), not while a page renders.

export type RenderedEmail = { subject: string; html: string; text: string; headers: Record<string, string> };

/** The signed path that unsubscribes `userId` from a kind, for the footer link and the one-click header. */
export function unsubscribePath(userId: string, kind: MailKind): string {
  return `/unsubscribe/${signLink("unsubscribe", [userId, preferenceKind(kind)])}`;
}

export function renderEmail(kind: MailKind, rawData: unknown, recipient: { userId: string | null }): RenderedEmail {
  const definition = mailKind(kind);
  const data = MAIL_KINDS[kind].data.parse(rawData);
  const template = TEMPLATES[kind] as (typeof TEMPLATES)[MailKind] & {
    subject: (d: unknown) => string;
    preview: (d: unknown) => string;
    body: (d: unknown, links: MailLinks) => React.ReactNode;
  };
  const links: MailLinks = { url: absoluteUrl };
  const subject = template.subject(data);
  const canUnsubscribe = definition.category !== "security" && recipient.userId !== null;
  const unsubscribe = canUnsubscribe ? unsubscribePath(recipient.userId!, kind) : null;
  const governing = mailKind(preferenceKind(kind));

  const footer =
    definition.category === "security" ? (
      <p style={{ margin: 0 }}>This message is about your Backplane account&apos;s security, so it cannot be turned off.</p>
    ) : (
      <p style={{ margin: 0 }}>
        You get “{governing.label}” messages because of your Backplane account.{" "}
        {unsubscribe ? (
          <>
            <A href={absoluteUrl(unsubscribe)}>Unsubscribe from these</A> ·{" "}
          </>
        ) : null}
        <A href={absoluteUrl("/settings/notifications")}>Choose which mail you get</A>
      </p>
    );
  const tree = (
    <EmailLayout title={subject} preview={template.preview(data)} footer={footer}>
      {template.body(data, links)}
    </EmailLayout>
  );

  const headers: Record<string, string> = { "Auto-Submitted": "auto-generated" };
  if (unsubscribe) {
    // RFC 8058: a POST to this URL with "List-Unsubscribe=One-Click" unsubscribes, no sign-in needed.
    headers["List-Unsubscribe"] = `<${absoluteUrl(`/api${unsubscribe}`)}>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }
  if (definition.category === "bulk") headers["Precedence"] = "bulk";
  return { subject, html: `<!DOCTYPE html>${renderToStaticMarkup(tree)}`, text: renderText(tree), headers };
}
