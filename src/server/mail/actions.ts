import "server-only";
import { z } from "zod";
import { defineAction, definePublicAction } from "@/server/action";
import { NotFoundError } from "@/lib/errors";
import { savePreferences, unsubscribe } from "@/server/mail/preferences";
import { retryParkedMail } from "@/server/mail/admin-outbox";
import { sendPreviews } from "@/server/mail/dev-mailbox";

const frequency = z.enum(["IMMEDIATE", "DAILY", "OFF"], "Choose one of the options shown.");

export const savePreferencesDefinition = defineAction({
  roles: ["CANDIDATE", "EMPLOYER", "ADMIN"],
  // Field names are kinds of mail; savePreferences checks each against the actor's role.
  schema: z.record(z.string().max(64), frequency),
  run: (input, actor) => savePreferences(actor, input),
  after: () => ({ revalidate: ["/settings/notifications"], message: "Your choices are saved." }),
});

/** The unsubscribe page's button; works signed out (the link is the proof). */
export const unsubscribeDefinition = definePublicAction({
  roles: "public" as const,
  schema: z.object({ token: z.string().min(1).max(2000) }),
  async run(input) {
    const target = await unsubscribe(input.token, "unsubscribe-page");
    if (!target) throw new NotFoundError("This unsubscribe link is not valid.");
    return target;
  },
  after: (target) => ({ message: `Done: ${target.email} gets no more “${target.label}” messages.` }),
});

export const retryParkedMailDefinition = defineAction({
  roles: ["ADMIN"],
  schema: z.object({ messageId: z.string().min(1).max(64) }),
  run: (input, actor) => retryParkedMail(actor, input.messageId),
  after: () => ({ revalidate: ["/admin/outbox"], message: "Queued again: it goes out within a minute." }),
});

/** Development only (the mailbox 404s in production): queue a preview of every template. */
export const sendPreviewsDefinition = definePublicAction({
  roles: "public" as const,
  schema: z.object({}),
  run: () => sendPreviews(),
  after: (count) => ({ revalidate: ["/dev/mailbox"], message: `${count} previews queued; they appear below in a few seconds.` }),
});
