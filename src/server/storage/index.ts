import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { localFolderStorage } from "@/server/storage/local-folder";
import type { ObjectStorage } from "@/server/storage/object-storage";

export { newStorageKey } from "@/server/storage/object-storage";
export type { ObjectStorage } from "@/server/storage/object-storage";

let chosen: ObjectStorage | undefined;

/** The configured storage: a folder under UPLOADS_DIR (default .data/uploads). */
export function storage(): ObjectStorage {
  chosen ??= localFolderStorage(path.resolve(env.UPLOADS_DIR));
  return chosen;
}
