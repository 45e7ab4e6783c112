import { createHash } from "node:crypto";
import { expect, it } from "vitest";
import { assertStorageKey, newStorageKey, type ObjectStorage } from "@/server/storage/object-storage";

// What every ObjectStorage backend must do, run against each real backend (folder, S3 server), so a new
// backend drops in only if it behaves the same.

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

export const INVALID_KEYS = [
  "../etc/passwd",
  "cv/../../x",
  "/etc/passwd",
  "cv/ABC",
  "cv/0123",
  "cv\\0123456789abcdef0123456789abcdef",
  "",
];

export function objectStorageContract(open: () => ObjectStorage) {
  it("stores bytes under a random key and reads them back unchanged", async () => {
    const storage = open();
    const key = newStorageKey("cv");
    // Every byte value, so no text encoding or newline conversion can pass unnoticed.
    const body = Buffer.concat([Buffer.from("%PDF-1.7\r\n"), Buffer.from(Array.from({ length: 256 }, (_, i) => i))]);

    await storage.put(key, body, "application/pdf");

    const back = await storage.get(key);
    expect(back).toEqual(body);
    expect(sha256(back!)).toBe(sha256(body));
  });

  it("answers null for a missing object, and deleting twice is fine", async () => {
    const storage = open();
    const key = newStorageKey("logo");
    expect(await storage.get(newStorageKey("logo"))).toBeNull();
    await storage.put(key, Buffer.from("x"), "image/png");

    await storage.delete(key);
    await storage.delete(key);

    expect(await storage.get(key)).toBeNull();
  });

  it("refuses keys it did not make: traversal, absolute paths, odd characters", async () => {
    const storage = open();
    for (const key of INVALID_KEYS) {
      expect(() => assertStorageKey(key), key).toThrow("Invalid storage key");
      await expect(storage.get(key)).rejects.toThrow("Invalid storage key");
      await expect(storage.put(key, Buffer.from("x"), "text/plain")).rejects.toThrow("Invalid storage key");
      await expect(storage.delete(key)).rejects.toThrow("Invalid storage key");
    }
    expect(() => newStorageKey("../x")).toThrow();
  });
}
