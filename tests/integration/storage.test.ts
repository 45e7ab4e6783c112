import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localFolderStorage } from "@/server/storage/local-folder";
import { newStorageKey } from "@/server/storage/object-storage";
import { objectStorageContract } from "../setup/storage-contract";

// The storage interface on a real folder: bytes go in and come back exactly, keys cannot escape the
// folder, and a missing object is null rather than an error.

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "backplane-storage-"));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("local folder storage", () => {
  objectStorageContract(() => localFolderStorage(root));

  it("names the file by the key only", async () => {
    const storage = localFolderStorage(root);
    const key = newStorageKey("avatar");
    await storage.put(key, Buffer.from("x"), "image/png");
    expect(await readdir(path.join(root, "avatar"))).toEqual([key.split("/")[1]]);
  });
});
