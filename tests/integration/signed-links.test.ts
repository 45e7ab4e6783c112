import { describe, expect, it } from "vitest";
import { readSignedLink, signLink } from "@/server/mail/signed-links";

// Links in mail that act without signing in: only the exact token we sent may act.

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

describe("signed mail links", () => {
  it("reads back what was signed, for its purpose only", () => {
    const token = signLink("listing-confirm", ["listing-1", "user-1"]);
    expect(readSignedLink("listing-confirm", token, 2)).toEqual(["listing-1", "user-1"]);
    expect(readSignedLink("unsubscribe", token, 2)).toBeNull();
    expect(readSignedLink("listing-confirm", token, 3)).toBeNull();
  });

  it("refuses every other spelling of the signature, even one that decodes to the same bytes", () => {
    const token = signLink("unsubscribe", ["user-1", "application-status"]);
    const [body, signature] = token.split(".") as [string, string];
    const head = signature.slice(0, -1);
    for (const last of BASE64URL) {
      const spelled = `${body}.${head}${last}`;
      if (spelled === token) continue;
      expect(readSignedLink("unsubscribe", spelled, 2), last).toBeNull();
    }
    for (let i = 0; i < signature.length - 1; i++) {
      const flipped = signature.slice(0, i) + (signature[i] === "A" ? "B" : "A") + signature.slice(i + 1);
      expect(readSignedLink("unsubscribe", `${body}.${flipped}`, 2)).toBeNull();
    }
  });
});
