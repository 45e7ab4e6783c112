import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localFolderStorage } from "@/server/storage/local-folder";
import { assertStorageKey, newStorageKey } from "@/server/storage/object-storage";

// The storage interface on a real folder: bytes go in and come back exactly, keys cannot escape the
// folder, and a missing object is null rather than an error.

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "backplane-storage-"));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("local folder storage", () => {
  it("stores bytes under a random key and reads them back unchanged", async () => {
    const storage = localFolderStorage(root);
    const key = newStorageKey("cv");
    const body = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x10]);

    await storage.put(key, body, "application/pdf");

    expect(await storage.get(key)).toEqual(body);
    expect(await readdir(path.join(root, "cv"))).toEqual([key.split("/")[1]]);
  });

  it("answers null for a missing object, and deleting twice is fine", async () => {
    const storage = localFolderStorage(root);
    const key = newStorageKey("logo");
    await storage.put(key, Buffer.from("x"), "image/png");

    await storage.delete(key);
    await storage.delete(key);

    expect(await storage.get(key)).toBeNull();
  });

  it("refuses keys it did not make: traversal, absolute paths, odd characters", async () => {
    const storage = localFolderStorage(root);
    for (const key of [
      "../etc/passwd",
      "cv/../../x",
      "/etc/passwd",
      "cv/ABC",
      "cv/0123",
      "cv\\0123456789abcdef0123456789abcdef",
      "",
    ]) {
      expect(() => assertStorageKey(key), key).toThrow("Invalid storage key");
      await expect(storage.get(key)).rejects.toThrow("Invalid storage key");
    }
    expect(() => newStorageKey("../x")).toThrow();
  });
});
