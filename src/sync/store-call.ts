/**
 * The one way sync calls a store: transient failures are retried with backoff, and every other
 * failure but a precondition one becomes a UserError that says what failed, why, and the fix.
 * Nothing in sync calls an `ObjectStore` method except through {@link storeCall}, so no raw
 * service error (a Cloud Storage 403, a file system EACCES) reaches the user unexplained.
 */
import { UserError } from "../errors.js";
import type { Logger } from "../log.js";
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from "../util/async.js";
import { StoreError, type ObjectStore, type StoreOperation } from "./store.js";

/** The store and how to call it. */
export interface StoreContext {
  store: ObjectStore;
  log: Logger;
  retry: RetryPolicy;
}

/**
 * One store call with retries of transient failures. A `StoreError` of kind
 * `precondition-failed` propagates unchanged (the caller re-plans); every other `StoreError`
 * is turned into a UserError here, where the operation and key are known.
 */
export async function storeCall<T>(context: StoreContext, operation: StoreOperation, key: string, call: () => Promise<T>): Promise<T> {
  try {
    return await withRetry(
      `${VERBS[operation]} ${context.store.location}/${key}`,
      call,
      (thrown) => thrown instanceof StoreError && thrown.kind === "transient",
      context.retry,
      context.log,
    );
  } catch (thrown) {
    if (thrown instanceof StoreError && thrown.kind !== "precondition-failed") {
      throw explainStoreError(thrown, context.store.location, context.retry);
    }
    throw thrown;
  }
}

/**
 * Reads objects of a store as text (undefined when absent), each read through {@link storeCall}:
 * what a preview diffs against when the baseline is the deployed destination.
 */
export function objectTextReader(store: ObjectStore, log: Logger, retry: RetryPolicy = DEFAULT_RETRY): (key: string) => Promise<string | undefined> {
  const decoder = new TextDecoder();
  return async (key) => {
    const object = await storeCall({ store, log, retry }, "read", key, () => store.read(key));
    return object === undefined ? undefined : decoder.decode(object.content);
  };
}

const VERBS: Record<StoreOperation, string> = {
  list: "listing",
  read: "reading",
  write: "uploading",
  delete: "deleting",
};

/** A store failure as a UserError: what failed, why, and what to do. */
function explainStoreError(error: StoreError, location: string, retry: RetryPolicy): UserError {
  const target = error.key === "" ? location : `${location}/${error.key}`;
  const isBucket = location.startsWith("gs://");
  const unchanged = "The previous deploy's manifest is untouched, so the files it recorded stay in place; run the deploy again once fixed.";
  switch (error.kind) {
    case "bucket-not-found":
      return new UserError(
        isBucket
          ? `bucket ${location} does not exist (${error.detail}): check the destination (a Composer environment's ` +
            `bucket is in its config.dagGcsPrefix) or create the bucket. Nothing was changed.`
          : `${location} is not usable as a DAG folder (${error.detail}). Nothing was changed.`,
      );
    case "forbidden":
      return new UserError(
        error.permission !== undefined
          ? `permission denied ${VERBS[error.operation]} ${target}: the deploying identity lacks ${error.permission} ` +
            `on bucket ${location}. Grant it roles/storage.objectUser on the bucket (or a role with ` +
            `storage.objects.list, get, create and delete). Service said: ${error.detail}. ${unchanged}`
          : `permission denied ${VERBS[error.operation]} ${target}: ${error.detail}; check the folder's ownership and mode. ${unchanged}`,
      );
    case "unauthenticated":
      return new UserError(
        `${location} rejected the credentials ${VERBS[error.operation]} ${target} (${error.detail}): in GitHub ` +
          "Actions run google-github-actions/auth before dagship; locally run `gcloud auth application-default login`.",
      );
    case "transient":
      return new UserError(
        `${VERBS[error.operation]} ${target} kept failing after ${retry.attempts} attempts with backoff ` +
          `(${error.status !== undefined ? `HTTP ${error.status}: ` : ""}${error.detail}): the service is overloaded ` +
          `or unreachable. ${unchanged}`,
      );
    case "precondition-failed":
    case "failed":
      return new UserError(`${VERBS[error.operation]} ${target} failed: ${error.detail}. ${unchanged}`);
  }
}
