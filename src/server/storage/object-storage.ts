// Where uploaded files live (CVs, company logos). Callers never pick file names: keys come from
// newStorageKey, so no user-chosen name or path reaches the disk or a bucket.
export interface ObjectStorage {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The stored bytes, or null when there is no such object. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the object; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
}

const KEY = /^[a-z]+(?:-[a-z]+)*\/[0-9a-f]{32}$/;

/** A new random key under a prefix such as "cv" or "logo". */
export function newStorageKey(prefix: string): string {
  if (!/^[a-z]+(?:-[a-z]+)*$/.test(prefix)) throw new Error(`Invalid storage prefix: ${prefix}`);
  return `${prefix}/${crypto.randomUUID().replaceAll("-", "")}`;
}

/** Refuses anything that is not a key newStorageKey could have made (no traversal, no odd characters). */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key)) throw new Error("Invalid storage key");
}
