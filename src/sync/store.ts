import * as crypto from "node:crypto";

/**
 * The one seam between sync and object storage. Two implementations: Cloud Storage
 * (`gcs-store.ts`) and a local folder (`local-store.ts`). Keys are `/`-separated object names
 * relative to the store's root (a bucket, or a folder).
 *
 * Generations are opaque strings that change on every write of a key; `"0"` means "absent",
 * exactly as Cloud Storage's `ifGenerationMatch=0` does.
 */
export interface ObjectStore {
  /** Where this store points, for messages: `gs://bucket` or a folder path. */
  readonly location: string;
  /** Every object whose key starts with `prefix`, with its generation, MD5 and custom metadata. */
  list(prefix: string): Promise<ObjectInfo[]>;
  /** One object's bytes with the generation they belong to, or undefined when it does not exist. */
  read(key: string): Promise<ObjectContent | undefined>;
  /**
   * Write a whole object. With `ifGenerationMatch`, the write happens only if the object's current
   * generation is that one (`"0"`: only if it does not exist); otherwise a `StoreError` of kind
   * `precondition-failed` is thrown and nothing is written.
   */
  write(key: string, content: Uint8Array, options: WriteOptions): Promise<{ generation: string }>;
  /**
   * Delete an object, optionally only at a given generation (otherwise `precondition-failed`).
   * Deleting an object that does not exist succeeds: the caller wanted it gone, and it is.
   */
  delete(key: string, options?: { ifGenerationMatch?: string }): Promise<void>;
}

/** What a listing says about one object. */
export interface ObjectInfo {
  key: string;
  generation: string;
  /** Base64 MD5 of the content, the form Cloud Storage's `md5Hash` uses. */
  md5: string;
  size: number;
  /** Custom metadata; empty when the store keeps none (the local folder). */
  metadata: Readonly<Record<string, string>>;
}

/** An object's bytes and the generation they were read at. */
export interface ObjectContent {
  content: Uint8Array;
  generation: string;
  md5: string;
}

/** Options of one whole-object write. */
export interface WriteOptions {
  contentType: string;
  metadata: Readonly<Record<string, string>>;
  ifGenerationMatch?: string;
}

/** Which store operation failed; chooses the permission named in messages. */
export type StoreOperation = "list" | "read" | "write" | "delete";

/** Why a store operation failed, in the terms the sync logic acts on. */
export type StoreErrorKind =
  /** Someone else wrote or deleted the object since we looked (HTTP 412). */
  | "precondition-failed"
  /** The bucket (or folder) is not there. */
  | "bucket-not-found"
  /** The caller lacks a permission (HTTP 403). */
  | "forbidden"
  /** No or expired credentials (HTTP 401). */
  | "unauthenticated"
  /** Worth retrying: 408, 429, 5xx, connection reset/refused, timeouts. */
  | "transient"
  /** Anything else. */
  | "failed";

/** A failed store operation, classified. Sync turns it into a UserError with a fix. */
export class StoreError extends Error {
  override readonly name = "StoreError";
  constructor(
    readonly kind: StoreErrorKind,
    readonly operation: StoreOperation,
    readonly key: string,
    /** What the service said, for the user. */
    readonly detail: string,
    readonly status?: number,
    /** For `forbidden`: the IAM permission the operation needs, when the store has IAM. */
    readonly permission?: string,
  ) {
    // Callers say which operation and object; the message is what the service said.
    super(status === undefined ? detail : `HTTP ${status}: ${detail}`);
  }
}

/** The IAM permission a Cloud Storage operation needs; named in "permission denied" messages. */
export function permissionFor(operation: StoreOperation): string {
  switch (operation) {
    case "list":
      return "storage.objects.list";
    case "read":
      return "storage.objects.get";
    case "write":
      // Replacing an existing object also needs delete; name both so one fix is enough.
      return "storage.objects.create (and storage.objects.delete to replace existing files)";
    case "delete":
      return "storage.objects.delete";
  }
}

/** Base64 MD5, as Cloud Storage reports it in `md5Hash`. */
export function md5Base64(content: Uint8Array): string {
  // One-shot crypto.hash (Node 20.12+) is several times cheaper per small file than createHash.
  return typeof crypto.hash === "function" ? crypto.hash("md5", content, "base64") : crypto.createHash("md5").update(content).digest("base64");
}

/**
 * Rejects keys that could escape a store's root or that Cloud Storage and file systems disagree
 * on: empty segments, `.`/`..`, backslashes, control characters.
 */
export function assertSafeKey(key: string): void {
  const bad =
    key.length === 0 ||
    key.includes("\\") ||
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f]/.test(key) ||
    // Empty segments cover leading, doubled and trailing slashes (folder markers).
    key.split("/").some((segment) => segment === "" || segment === "." || segment === "..");
  if (bad) throw new Error(`unsafe object key ${JSON.stringify(key)}`);
}
