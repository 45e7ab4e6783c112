// @ts-check
import net from "node:net";
// Graceful shutdown for `npm start` (docs/decisions/019-server-entry.md). On SIGTERM the server stops
// accepting connections, lets every request it has received finish, tells clients on keep-alive
// connections not to send more (Connection: close), closes connections that sit idle, and resolves once
// the last one is gone — or at the deadline, when whatever remains is cut off.

/** A connection is closed once it has been idle this long while draining: long enough for a request the
 * client had already written to arrive, short enough to finish quickly. */
const IDLE_GRACE_MS = 100;
const SWEEP_MS = 25;

/**
 * Starts tracking a server's connections and requests; call before it listens.
 * @param {import("node:http").Server} server
 */
export function trackConnections(server) {
  /** @type {Map<import("node:net").Socket, { active: number, idleSince: number }>} */
  const connections = new Map();
  /** @type {Set<import("node:http").ServerResponse>} */
  const inFlight = new Set();
  let draining = false;

  server.on("connection", (socket) => {
    connections.set(socket, { active: 0, idleSince: Date.now() });
    socket.once("close", () => connections.delete(socket));
  });

  server.on("request", (request, response) => {
    const connection = connections.get(request.socket);
    if (connection) connection.active += 1;
    inFlight.add(response);
    if (draining) response.setHeader("Connection", "close");
    // Next adds ten listeners of its own; this one more is not a leak.
    response.setMaxListeners(response.getMaxListeners() + 1);
    response.once("close", () => {
      inFlight.delete(response);
      if (!connection) return;
      connection.active -= 1;
      connection.idleSince = Date.now();
    });
  });

  return {
    /** How many requests are being answered right now. */
    get inFlight() {
      return inFlight.size;
    },
    /** From now on every response asks its client to close the connection after it. */
    announce() {
      draining = true;
      for (const response of inFlight) if (!response.headersSent) response.setHeader("Connection", "close");
    },
    /**
     * Stops accepting and drains; resolves true when every connection closed by itself, false when the
     * deadline cut some off.
     * @param {number} deadlineMs
     * @returns {Promise<boolean>}
     */
    drain(deadlineMs) {
      this.announce();
      // Stop listening without Node's immediate closeIdleConnections(): a request already on its way
      // over an idle keep-alive connection would be reset. The sweep below closes idle ones after a grace.
      const closed = new Promise((resolve) => {
        // net.Server's close: stop accepting; the callback runs once every connection is gone.
        net.Server.prototype.close.call(server, () => resolve(true));
      });
      const sweep = setInterval(() => {
        const now = Date.now();
        for (const [socket, connection] of connections) {
          if (connection.active === 0 && now - connection.idleSince >= IDLE_GRACE_MS) socket.destroy();
        }
      }, SWEEP_MS);
      /** @type {Promise<boolean>} */
      const deadline = new Promise((resolve) =>
        setTimeout(() => {
          for (const socket of connections.keys()) socket.destroy();
          resolve(false);
        }, deadlineMs).unref(),
      );
      return Promise.race([closed, deadline]).finally(() => clearInterval(sweep));
    },
  };
}
