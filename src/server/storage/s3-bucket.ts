import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { assertStorageKey, type ObjectStorage } from "@/server/storage/object-storage";

export interface S3BucketSettings {
  bucket: string;
  region: string;
  /** An S3-compatible service (MinIO, R2, …); unset means AWS itself. */
  endpoint?: string;
  /** Both or neither; neither leaves the SDK's own credential chain (instance role, shared profile). */
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  /** Put before every key, e.g. "backplane/" when the bucket is shared. */
  prefix?: string;
}

/**
 * Objects in an S3 bucket. Keys are checked before any request is made, so a bad key never reaches the
 * network; the bucket itself is expected to exist and stay private (downloads go through the app).
 */
export function s3BucketStorage(settings: S3BucketSettings, client = s3ClientFor(settings)): ObjectStorage {
  const objectKey = (key: string) => {
    assertStorageKey(key);
    return `${settings.prefix ?? ""}${key}`;
  };
  const Bucket = settings.bucket;
  return {
    async put(key, body, contentType) {
      await client.send(new PutObjectCommand({ Bucket, Key: objectKey(key), Body: body, ContentType: contentType }));
    },
    async get(key) {
      const Key = objectKey(key);
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket, Key }));
        if (!answer.Body) return null;
        return Buffer.from(await answer.Body.transformToByteArray());
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      // S3 answers 204 for a missing key too, so deleting twice is already not an error.
      await client.send(new DeleteObjectCommand({ Bucket, Key: objectKey(key) }));
    },
  };
}

export function s3ClientFor(settings: S3BucketSettings): S3Client {
  return new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials:
      settings.accessKeyId && settings.secretAccessKey
        ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
        : undefined,
  });
}

function isMissing(error: unknown): boolean {
  if (!(error instanceof S3ServiceException)) return false;
  // A missing bucket is a 404 too, but it is a misconfiguration, not a missing object: it must be loud.
  if (error.name === "NoSuchBucket") return false;
  return error.name === "NoSuchKey" || error.$metadata.httpStatusCode === 404;
}
