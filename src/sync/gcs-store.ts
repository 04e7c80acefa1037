import { Storage, type FileMetadata } from "@google-cloud/storage";
import { messageOf } from "../errors.js";
import { googleErrorMessage } from "../google/composer.js";
import {
  assertSafeKey,
  md5Base64,
  permissionFor,
  StoreError,
  type ObjectContent,
  type ObjectInfo,
  type ObjectStore,
  type StoreOperation,
  type WriteOptions,
} from "./store.js";

/** Options of the Cloud Storage store. */
export interface GcsStoreOptions {
  /**
   * JSON API endpoint, e.g. `http://127.0.0.1:9199`. Default: `STORAGE_EMULATOR_HOST` when set
   * (the Cloud Storage emulator), else Google's endpoint with Application Default Credentials.
   */
  apiEndpoint?: string;
  /** Per-request timeout in milliseconds. */
  timeoutMs?: number;
}

/** Network failures worth another attempt. */
const TRANSIENT_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ETIMEDOUT",
  "EPIPE",
  "EAI_AGAIN",
  "ENOTFOUND",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/**
 * Cloud Storage as an object store, through `@google-cloud/storage`.
 *
 * Uploads are single-request (`resumable: false`: DAG files are small, and one request is one
 * generation), never gzip-encoded (Composer reads the bucket through a FUSE mount that does not
 * decode `Content-Encoding: gzip`), and MD5-validated. The library's own retries are off: sync
 * retries in one place (`apply.ts`), with a policy tests can shorten and observe.
 */
export class GcsStore implements ObjectStore {
  readonly location: string;
  private readonly storage: Storage;

  constructor(
    readonly bucketName: string,
    options: GcsStoreOptions = {},
  ) {
    this.location = `gs://${bucketName}`;
    const endpoint = options.apiEndpoint?.replace(/\/+$/, "");
    this.storage = new Storage({
      ...(endpoint === undefined ? {} : { apiEndpoint: endpoint }),
      retryOptions: { autoRetry: false },
      ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
    });
    // With STORAGE_EMULATOR_HOST set, the library sends JSON API calls there even when an explicit
    // endpoint is given (uploads would still go to the endpoint); an explicit endpoint must win.
    if (endpoint !== undefined) this.storage.baseUrl = `${endpoint}/storage/v1`;
  }

  async list(prefix: string): Promise<ObjectInfo[]> {
    try {
      const [files] = await this.storage.bucket(this.bucketName).getFiles({
        prefix,
        autoPaginate: true,
        // Only what sync reads: a fraction of the full resource per object.
        fields: "items(name,generation,md5Hash,size,metadata),nextPageToken",
      });
      // With `fields`, the library hands back the raw resources rather than File objects.
      const items = files as unknown as FileMetadata[];
      return items
        .filter((item): item is FileMetadata & { name: string } => typeof item.name === "string")
        .filter((item) => !item.name.endsWith("/")) // folder placeholders made by consoles
        .map((item) => infoOf(item.name, item));
    } catch (thrown) {
      throw this.classify(thrown, "list", prefix);
    }
  }

  async read(key: string): Promise<ObjectContent | undefined> {
    assertSafeKey(key);
    // One request: the bytes, and the generation they belong to from the x-goog-generation header.
    const file = this.storage.bucket(this.bucketName).file(key);
    let generation: string | undefined;
    let content: Buffer;
    try {
      content = await new Promise<Buffer>((resolve, reject) => {
        const chunks: Buffer[] = [];
        file
          .createReadStream({ validation: false })
          .on("response", (response: unknown) => {
            const header = headerOf(response, "x-goog-generation");
            if (header !== undefined) generation = header;
          })
          .on("data", (chunk: Buffer) => chunks.push(chunk))
          .on("end", () => resolve(Buffer.concat(chunks)))
          .on("error", reject);
      });
    } catch (thrown) {
      if (isMissingObject(thrown)) return undefined;
      throw this.classify(thrown, "read", key);
    }
    if (generation === undefined) throw new StoreError("failed", "read", key, "the download carried no x-goog-generation header");
    return { content, generation, md5: md5Base64(content) };
  }

  async write(key: string, content: Uint8Array, options: WriteOptions): Promise<{ generation: string }> {
    assertSafeKey(key);
    const file = this.storage.bucket(this.bucketName).file(key);
    const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    try {
      await file.save(bytes, {
        resumable: false,
        gzip: false,
        validation: "md5",
        contentType: options.contentType,
        metadata: {
          contentType: options.contentType,
          // The server checks the bytes it stored against this too.
          md5Hash: md5Base64(bytes),
          metadata: { ...options.metadata },
        },
        ...(options.ifGenerationMatch === undefined ? {} : { preconditionOpts: { ifGenerationMatch: options.ifGenerationMatch } }),
      });
    } catch (thrown) {
      throw this.classify(thrown, "write", key);
    }
    const generation = file.metadata.generation;
    if (generation === undefined) {
      throw new StoreError("failed", "write", key, "the upload response carried no generation");
    }
    return { generation: String(generation) };
  }

  async delete(key: string, options: { ifGenerationMatch?: string } = {}): Promise<void> {
    assertSafeKey(key);
    try {
      await this.storage
        .bucket(this.bucketName)
        .file(key)
        .delete(options.ifGenerationMatch === undefined ? {} : { ifGenerationMatch: options.ifGenerationMatch });
    } catch (thrown) {
      if (isMissingObject(thrown)) return;
      throw this.classify(thrown, "delete", key);
    }
  }

  private classify(thrown: unknown, operation: StoreOperation, key: string): StoreError {
    const status = statusOf(thrown);
    // Downloads report the raw JSON error body as the message; keep only what the service said.
    const message = messageOf(thrown);
    const detail = googleErrorMessage(message) ?? message;
    if (status === 412) return new StoreError("precondition-failed", operation, key, detail, status);
    if (status === 404) {
      // Listing and uploading name no object that could be missing: a 404 is the bucket.
      if (operation === "list" || operation === "write" || mentionsBucket(thrown)) {
        return new StoreError("bucket-not-found", operation, key, detail, status);
      }
      return new StoreError("failed", operation, key, detail, status);
    }
    if (status === 403) return new StoreError("forbidden", operation, key, detail, status, permissionFor(operation));
    if (status === 401) return new StoreError("unauthenticated", operation, key, detail, status);
    if (status === 408 || status === 429 || (status !== undefined && status >= 500)) {
      return new StoreError("transient", operation, key, detail, status);
    }
    const code = codeOf(thrown);
    if ((code !== undefined && TRANSIENT_CODES.has(code)) || /socket hang up/i.test(detail)) {
      return new StoreError("transient", operation, key, detail);
    }
    return new StoreError("failed", operation, key, detail, status);
  }
}

function infoOf(key: string, metadata: FileMetadata): ObjectInfo {
  const custom: Record<string, string> = {};
  for (const [name, value] of Object.entries(metadata.metadata ?? {})) {
    if (value !== null) custom[name] = String(value);
  }
  return {
    key,
    generation: String(metadata.generation ?? ""),
    md5: metadata.md5Hash ?? "",
    size: Number(metadata.size ?? 0),
    metadata: custom,
  };
}

/** A response header from the library's raw response object, if present. */
function headerOf(response: unknown, name: string): string | undefined {
  if (typeof response !== "object" || response === null || !("headers" in response)) return undefined;
  const headers = response.headers;
  if (typeof headers !== "object" || headers === null) return undefined;
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === "string" ? value : undefined;
}

/** HTTP status of an ApiError / GaxiosError, if it has one. */
function statusOf(thrown: unknown): number | undefined {
  if (typeof thrown !== "object" || thrown === null) return undefined;
  const record = thrown as { code?: unknown; status?: unknown; response?: { status?: unknown } };
  if (typeof record.code === "number") return record.code;
  if (typeof record.status === "number") return record.status;
  if (typeof record.response?.status === "number") return record.response.status;
  return undefined;
}

/** Node/undici error code of a network failure, looking through `cause`. */
function codeOf(thrown: unknown): string | undefined {
  let current: unknown = thrown;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const record = current as { code?: unknown; cause?: unknown };
    if (typeof record.code === "string") return record.code;
    current = record.cause;
  }
  return undefined;
}

/** A 404 about the object, not the bucket: the object is simply absent. */
function isMissingObject(thrown: unknown): boolean {
  return statusOf(thrown) === 404 && !mentionsBucket(thrown);
}

function mentionsBucket(thrown: unknown): boolean {
  return thrown instanceof Error && /bucket/i.test(thrown.message) && !/no such object/i.test(thrown.message);
}
