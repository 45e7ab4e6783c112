import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseEnv } from "@/lib/env";
import { chooseStorage } from "@/server/storage/choose";
import { newStorageKey } from "@/server/storage/object-storage";
import { s3BucketStorage, s3ClientFor, type S3BucketSettings } from "@/server/storage/s3-bucket";
import { INVALID_KEYS, objectStorageContract } from "../setup/storage-contract";

// The S3 backend against a real S3-compatible server (s3rver, in this process, files in a temporary folder):
// the same contract as the folder, plus what only a bucket has (content type, key prefix).

const BUCKET = "backplane-test";
let directory: string;
let server: S3rver;
let settings: S3BucketSettings;
let client: S3Client;

beforeAll(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), "backplane-s3-"));
  server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: BUCKET }] });
  const { port } = await server.run();
  // s3rver's built-in account.
  settings = {
    bucket: BUCKET,
    region: "us-east-1",
    endpoint: `http://127.0.0.1:${port}`,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    forcePathStyle: true,
  };
  client = s3ClientFor(settings);
});
afterAll(async () => {
  client?.destroy();
  await server?.close();
  await rm(directory, { recursive: true, force: true });
});

describe("S3 bucket storage", () => {
  objectStorageContract(() => s3BucketStorage(settings, client));

  it("stores the content type and puts the prefix before every key", async () => {
    const storage = s3BucketStorage({ ...settings, prefix: "tenant-a/" }, client);
    const key = newStorageKey("cv");
    await storage.put(key, Buffer.from("%PDF-1.4\n%%EOF"), "application/pdf");

    const raw = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: `tenant-a/${key}` }));
    expect(raw.ContentType).toBe("application/pdf");
    expect(await raw.Body!.transformToString()).toBe("%PDF-1.4\n%%EOF");
    // Without the prefix the same key is another (missing) object.
    expect(await s3BucketStorage(settings, client).get(key)).toBeNull();
    expect((await storage.get(key))?.toString()).toBe("%PDF-1.4\n%%EOF");
  });

  it("refuses an invalid key before sending any request", async () => {
    const spied = s3ClientFor(settings);
    const send = vi.spyOn(spied, "send");
    const storage = s3BucketStorage(settings, spied);
    for (const key of INVALID_KEYS) {
      await expect(storage.put(key, Buffer.from("x"), "text/plain")).rejects.toThrow("Invalid storage key");
      await expect(storage.get(key)).rejects.toThrow("Invalid storage key");
      await expect(storage.delete(key)).rejects.toThrow("Invalid storage key");
    }
    expect(send).not.toHaveBeenCalled();
    spied.destroy();
    const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: "etc" }));
    expect(listed.KeyCount ?? 0).toBe(0);
  });

  it("is an error, not a missing object, when the bucket does not exist", async () => {
    const storage = s3BucketStorage({ ...settings, bucket: "no-such-bucket" }, client);
    await expect(storage.get(newStorageKey("cv"))).rejects.toThrow();
  });
});

describe("choosing the storage", () => {
  it("uses the folder without S3_BUCKET and the bucket with it, reaching the configured server", async () => {
    expect(chooseStorage(parseEnv({})).kind).toBe("folder");

    const chosen = chooseStorage(
      parseEnv({
        S3_BUCKET: BUCKET,
        S3_ENDPOINT: settings.endpoint,
        S3_ACCESS_KEY_ID: "S3RVER",
        S3_SECRET_ACCESS_KEY: "S3RVER",
        S3_PREFIX: "chosen/",
      }),
    );
    expect(chosen.kind).toBe("s3");
    const key = newStorageKey("cv");
    await chosen.storage.put(key, Buffer.from("via env"), "application/pdf");
    const raw = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: `chosen/${key}` }));
    expect(await raw.Body!.transformToString()).toBe("via env");
  });
});
