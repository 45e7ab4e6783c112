import path from "node:path";
import type { Env } from "@/lib/env";
import { localFolderStorage } from "@/server/storage/local-folder";
import type { ObjectStorage } from "@/server/storage/object-storage";
import { s3BucketStorage } from "@/server/storage/s3-bucket";

type StorageEnv = Pick<
  Env,
  | "UPLOADS_DIR"
  | "S3_BUCKET"
  | "S3_REGION"
  | "S3_ENDPOINT"
  | "S3_ACCESS_KEY_ID"
  | "S3_SECRET_ACCESS_KEY"
  | "S3_FORCE_PATH_STYLE"
  | "S3_PREFIX"
>;

/** The bucket when S3_BUCKET is set, else the folder under UPLOADS_DIR. */
export function chooseStorage(source: StorageEnv): { kind: "s3" | "folder"; storage: ObjectStorage } {
  if (source.S3_BUCKET === undefined) {
    return { kind: "folder", storage: localFolderStorage(path.resolve(source.UPLOADS_DIR)) };
  }
  return {
    kind: "s3",
    storage: s3BucketStorage({
      bucket: source.S3_BUCKET,
      region: source.S3_REGION,
      endpoint: source.S3_ENDPOINT,
      accessKeyId: source.S3_ACCESS_KEY_ID,
      secretAccessKey: source.S3_SECRET_ACCESS_KEY,
      // S3-compatible services are usually reached by path (no per-bucket DNS names); AWS by host.
      forcePathStyle: source.S3_FORCE_PATH_STYLE ?? source.S3_ENDPOINT !== undefined,
      prefix: source.S3_PREFIX,
    }),
  };
}
