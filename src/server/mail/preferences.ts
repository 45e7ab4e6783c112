import "server-only";
import type { NotificationFrequency } from "@/generated/prisma/enums";
import { ValidationError } from "@/lib/errors";
import { recordAudit } from "@/server/audit/record";
import type { Actor } from "@/server/auth/session";
import { db, type Tx } from "@/server/db";
import { resolveFrequency } from "@/server/mail/enqueue";
import { configurableKinds, isMailKind, mailKind, type MailKind } from "@/server/mail/kinds";
import { readSignedLink } from "@/server/mail/signed-links";

// Who gets which mail: each user's choice per kind (immediate, daily where the kind allows, off). Security
// mail has no choice. Unsubscribe links carry a signed (user, kind) pair and work without signing in.

export type PreferenceView = {
  kind: MailKind;
  label: string;
  description: string;
  choices: readonly NotificationFrequency[];
  frequency: NotificationFrequency;
};

async function storedChoices(userId: string): Promise<Map<string, NotificationFrequency>> {
  const rows = await db.notificationPreference.findMany({ where: { userId }, select: { kind: true, frequency: true } });
  return new Map(rows.map((row) => [row.kind, row.frequency]));
}

export async function listPreferences(actor: Actor): Promise<PreferenceView[]> {
  const stored = await storedChoices(actor.id);
  return configurableKinds(actor.role).map((kind) => {
    const definition = mailKind(kind);
    return {
      kind,
      label: definition.label,
      description: definition.description,
      choices: definition.choices!,
      frequency: resolveFrequency(kind, stored.get(kind)),
    };
  });
}

async function setFrequency(tx: Tx, userId: string, kind: MailKind, frequency: NotificationFrequency, changedVia: string) {
  await tx.notificationPreference.upsert({
    where: { userId_kind: { userId, kind } },
    create: { userId, kind, frequency, changedVia },
    update: { frequency, changedVia },
  });
}

/** Saves the settings form: only kinds this role receives, only the frequencies each allows. */
export async function savePreferences(actor: Actor, choices: Record<string, NotificationFrequency>): Promise<number> {
  const allowed = configurableKinds(actor.role);
  const problems: Record<string, string[]> = {};
  for (const [kind, frequency] of Object.entries(choices)) {
    if (!isMailKind(kind) || !allowed.includes(kind)) problems[kind] = ["This kind of mail is not one you receive."];
    else if (!mailKind(kind).choices!.includes(frequency)) problems[kind] = ["Choose one of the options shown."];
  }
  if (Object.keys(problems).length > 0) throw new ValidationError("Some choices could not be saved.", problems);
  await db.$transaction(async (tx) => {
    for (const [kind, frequency] of Object.entries(choices))
      await setFrequency(tx, actor.id, kind as MailKind, frequency, "settings");
  });
  return Object.keys(choices).length;
}

export type UnsubscribeTarget = { userId: string; kind: MailKind; label: string; email: string; alreadyOff: boolean };

/** What an unsubscribe link would turn off; null for a link we did not sign, or a kind that cannot be turned off. */
export async function readUnsubscribeLink(token: string): Promise<UnsubscribeTarget | null> {
  const values = readSignedLink("unsubscribe", token, 2);
  if (!values) return null;
  const [userId, kind] = values as [string, string];
  if (!isMailKind(kind) || !mailKind(kind).choices) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) return null;
  const frequency = resolveFrequency(kind, (await storedChoices(userId)).get(kind));
  return { userId, kind, label: mailKind(kind).label, email: user.email, alreadyOff: frequency === "OFF" };
}

/**
 * Turns one kind off for the link's user (RFC 8058's one-click POST, or the page's button) and records it.
 * Repeating it changes nothing. Returns null for a link that is not ours.
 */
export async function unsubscribe(token: string, via: "one-click" | "unsubscribe-page"): Promise<UnsubscribeTarget | null> {
  const target = await readUnsubscribeLink(token);
  if (!target) return null;
  if (target.alreadyOff) return target;
  await db.$transaction(async (tx) => {
    await setFrequency(tx, target.userId, target.kind, "OFF", via);
    await recordAudit(
      tx,
      { id: target.userId, email: target.email },
      {
        action: "notifications.unsubscribe",
        targetType: "User",
        targetId: target.userId,
        metadata: { kind: target.kind, via },
      },
    );
  });
  return { ...target, alreadyOff: true };
}
