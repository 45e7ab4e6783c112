import { beforeEach, describe, expect, it } from "vitest";
import {
  activeSessionWhere,
  createSessionRow,
  revokeSession,
  revokeUserSessions,
  SESSION_ABSOLUTE_LIFETIME_MS,
  SESSION_IDLE_LIFETIME_MS,
  touchSession,
} from "@/server/auth/sessions";
import { db } from "@/server/db";
import { resetDatabase } from "../setup/db";
import { createUser } from "../setup/factories";

// Session rows decide whether a session cookie still signs someone in (getActor reads them with
// activeSessionWhere); these tests hold the rules: revocation, idle and absolute lifetimes.

beforeEach(resetDatabase);

async function isActive(sessionId: string, now = new Date()) {
  return (await db.session.count({ where: { id: sessionId, ...activeSessionWhere(now) } })) === 1;
}

describe("sessions", () => {
  it("a new session is active, and revoking it ends it at once", async () => {
    const user = await createUser("CANDIDATE");
    const session = await createSessionRow(user.id, { ipAddress: "203.0.113.7", userAgent: "Test browser" });
    expect(await isActive(session.id)).toBe(true);

    await revokeSession(session.id);

    expect(await isActive(session.id)).toBe(false);
    expect(await db.session.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({
      ipAddress: "203.0.113.7",
      userAgent: "Test browser",
      revokedAt: expect.any(Date),
    });
  });

  it("ends after the idle lifetime without use, and a use within it keeps it going", async () => {
    const user = await createUser("CANDIDATE");
    const start = new Date("2026-11-01T00:00:00Z");
    const session = await createSessionRow(user.id, {}, start);
    const almostIdle = new Date(start.getTime() + SESSION_IDLE_LIFETIME_MS - 1000);
    expect(await isActive(session.id, almostIdle)).toBe(true);
    expect(await isActive(session.id, new Date(start.getTime() + SESSION_IDLE_LIFETIME_MS + 1000))).toBe(false);

    await touchSession(session.id, start, almostIdle);

    expect(await isActive(session.id, new Date(start.getTime() + SESSION_IDLE_LIFETIME_MS + 1000))).toBe(true);
  });

  it("ends at its absolute lifetime however active it is", async () => {
    const user = await createUser("CANDIDATE");
    const start = new Date("2026-11-01T00:00:00Z");
    const session = await createSessionRow(user.id, {}, start);
    const end = new Date(start.getTime() + SESSION_ABSOLUTE_LIFETIME_MS);
    await touchSession(session.id, start, new Date(end.getTime() - 1000));

    expect(await isActive(session.id, new Date(end.getTime() - 500))).toBe(true);
    expect(await isActive(session.id, end)).toBe(false);
  });

  it("revoking a user's sessions ends all of theirs but the one kept, and nobody else's", async () => {
    const user = await createUser("CANDIDATE");
    const other = await createUser("CANDIDATE");
    const [kept, ended, alsoEnded] = [
      await createSessionRow(user.id),
      await createSessionRow(user.id),
      await createSessionRow(user.id),
    ];
    const theirs = await createSessionRow(other.id);

    expect(await revokeUserSessions(user.id, { except: kept.id })).toBe(2);

    expect(await isActive(kept.id)).toBe(true);
    expect(await isActive(ended.id)).toBe(false);
    expect(await isActive(alsoEnded.id)).toBe(false);
    expect(await isActive(theirs.id)).toBe(true);
  });

  it("touching is throttled: a session used a minute ago is not written again", async () => {
    const user = await createUser("CANDIDATE");
    const start = new Date("2026-11-01T00:00:00Z");
    const session = await createSessionRow(user.id, {}, start);

    await touchSession(session.id, start, new Date(start.getTime() + 60_000));

    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).lastSeenAt).toEqual(start);
  });
});
