import { describe, expect, it } from "vitest";
import { clientAddress } from "../../server/client-address.mjs";

describe("clientAddress (npm start's edge)", () => {
  it("with no trusted proxy, is the socket's address whatever X-Forwarded-For claims", () => {
    expect(clientAddress("203.0.113.9", "198.51.100.1", 0)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:203.0.113.9", undefined, 0)).toBe("203.0.113.9");
    expect(clientAddress("2001:db8::1", "1.2.3.4, 5.6.7.8", 0)).toBe("2001:db8::1");
  });

  it("behind N proxies, is the entry N hops from the right: what the client wrote further left is ignored", () => {
    // client 198.51.100.7 forged "1.1.1.1"; the one proxy (10.0.0.2) appended the address it saw.
    expect(clientAddress("10.0.0.2", "1.1.1.1, 198.51.100.7", 1)).toBe("198.51.100.7");
    // Two proxies: the CDN appended the client, the load balancer appended the CDN.
    expect(clientAddress("10.0.0.2", "1.1.1.1, 198.51.100.7, 192.0.2.44", 2)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.2", ["1.1.1.1", "198.51.100.7"], 1)).toBe("198.51.100.7");
  });

  it("a request that skipped the proxies, or a garbage entry, falls back to what is known", () => {
    expect(clientAddress("203.0.113.9", undefined, 1)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", "not-an-address", 1)).toBe("10.0.0.2");
    expect(clientAddress(undefined, undefined, 0)).toBe("unknown");
  });
});
