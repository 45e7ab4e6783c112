// @ts-check
import { isIP } from "node:net";

// The client's address, decided once at the edge of `npm start` (docs/decisions/018-sign-in-and-client-address.md).
// With no proxy in front (TRUSTED_PROXY_HOPS=0, the default) it is the socket's address and any
// X-Forwarded-For the client sent is ignored. Behind N proxies, each appending the address it saw, the
// client is the entry N hops from the right: entries further left were written by the client and prove nothing.

/** @param {string | undefined} address */
function normalise(address) {
  if (!address) return undefined;
  const plain = address.startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
  return isIP(plain) ? plain : undefined;
}

/**
 * @param {string | undefined} socketAddress the peer of the TCP connection
 * @param {string | string[] | undefined} forwardedFor X-Forwarded-For as received
 * @param {number} trustedHops how many proxies in front append to X-Forwarded-For
 * @returns {string}
 */
export function clientAddress(socketAddress, forwardedFor, trustedHops) {
  const socket = normalise(socketAddress) ?? "unknown";
  if (trustedHops <= 0) return socket;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = [
    ...header
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
    socket,
  ];
  // chain[last] is the nearest proxy; the client is `trustedHops` entries before it. A chain shorter than
  // that did not come through all the proxies: the leftmost entry is the best we know.
  const candidate = chain[Math.max(0, chain.length - 1 - trustedHops)];
  return normalise(candidate) ?? socket;
}

/** Headers a client could use to claim another address or host; only the edge may set them. */
const FORWARDING_HEADERS = [
  "x-forwarded-for",
  "x-real-ip",
  "forwarded",
  "x-forwarded-host",
  "x-forwarded-port",
  "x-forwarded-proto",
];

/**
 * Rewrites the forwarding headers of an incoming request before Next sees it: X-Forwarded-For becomes
 * exactly the client's address (what the app's rate limits and session records read), and headers a
 * client may have forged are dropped. Next then fills in X-Forwarded-Host/Proto/Port from the real
 * connection; behind trusted proxies their Proto and Host are kept.
 * @param {import("node:http").IncomingMessage} request
 * @param {number} trustedHops
 */
export function trustForwardingHeaders(request, trustedHops) {
  const address = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trustedHops);
  for (const name of FORWARDING_HEADERS) {
    if (trustedHops > 0 && (name === "x-forwarded-proto" || name === "x-forwarded-host")) continue;
    delete request.headers[name];
  }
  request.headers["x-forwarded-for"] = address;
}
