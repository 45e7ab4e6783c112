import "server-only";
import { env } from "@/lib/env";
import { chooseStorage } from "@/server/storage/choose";
import type { ObjectStorage } from "@/server/storage/object-storage";

export { newStorageKey } from "@/server/storage/object-storage";
export type { ObjectStorage } from "@/server/storage/object-storage";

let chosen: ObjectStorage | undefined;

/** The configured storage: the S3 bucket when S3_BUCKET is set, else a folder under UPLOADS_DIR. */
export function storage(): ObjectStorage {
  chosen ??= chooseStorage(env).storage;
  return chosen;
}
