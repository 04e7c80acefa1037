import { UserError } from "../errors.js";
import type { Logger } from "../log.js";
import type { Plan } from "./plan.js";
import { runBounded, withRetry, type RetryPolicy } from "../util/async.js";
import { StoreError, type ObjectStore, type StoreOperation } from "./store.js";

/** Content type of DAG files: Composer and gsutil treat `.py` as this. */
export const DAG_CONTENT_TYPE = "text/x-python";

/** Everything apply needs besides the plan. */
export interface ApplyContext {
  store: ObjectStore;
  log: Logger;
  retry: RetryPolicy;
  /** Uploads (and deletes) in flight at once. */
  concurrency: number;
  /** Custom metadata for every object written: owner prefix, commit, tool version. */
  metadata: Readonly<Record<string, string>>;
  /** Filled with key -> generation of every successful write, even when apply fails later. */
  journal: Map<string, string>;
}

/** The manifest write that ends a deploy. */
export interface ManifestWrite {
  key: string;
  bytes: Uint8Array;
  /** The manifest's generation when planned ("0": there was none). */
  ifGenerationMatch: string;
}

/**
 * Carry out a plan: uploads first (bounded parallel), then deletes, then the manifest, each
 * conditional on the generation seen at plan time. A `StoreError` of kind `precondition-failed`
 * propagates unchanged (someone else deployed meanwhile: the caller re-plans); every other
 * failure becomes a UserError naming the cause and the fix. Transient failures are retried with
 * backoff first. A failure at any point leaves the previous manifest in place, and with it every
 * file the previous deploy recorded except those this deploy already replaced.
 */
export async function applyPlan(
  plan: Plan,
  contents: ReadonlyMap<string, Uint8Array>,
  manifest: ManifestWrite,
  context: ApplyContext,
): Promise<void> {
  const { store, log } = context;
  const uploads = plan.actions.filter((a) => a.action === "upload");
  const deletes = plan.actions.filter((a) => a.action === "delete");

  await runBounded(uploads, context.concurrency, async (action) => {
    const bytes = contents.get(action.path);
    if (bytes === undefined) throw new Error(`internal: no content for ${action.path}`);
    const { generation } = await storeCall(context, "write", action.key, () =>
      store.write(action.key, bytes, {
        contentType: DAG_CONTENT_TYPE,
        metadata: context.metadata,
        ...(action.ifGenerationMatch === undefined ? {} : { ifGenerationMatch: action.ifGenerationMatch }),
      }),
    );
    context.journal.set(action.key, generation);
    log.debug(`uploaded ${action.key} (${action.reason}, generation ${generation})`);
  });

  await runBounded(deletes, context.concurrency, async (action) => {
    await storeCall(context, "delete", action.key, () =>
      store.delete(action.key, action.ifGenerationMatch === undefined ? {} : { ifGenerationMatch: action.ifGenerationMatch }),
    );
    log.debug(`deleted ${action.key} (${action.reason})`);
  });

  await writeManifest(manifest, context);
}

/**
 * Write the manifest last, only over the generation seen at plan time. A transient failure can
 * hide a write that did land; if the retry then meets a precondition failure, read the manifest
 * back: our own bytes there mean our write succeeded, anything else means another deploy won.
 */
async function writeManifest(manifest: ManifestWrite, context: ApplyContext): Promise<void> {
  let retried = false;
  const write = (): Promise<{ generation: string }> =>
    context.store.write(manifest.key, manifest.bytes, {
      contentType: "application/json",
      metadata: context.metadata,
      ifGenerationMatch: manifest.ifGenerationMatch,
    });
  try {
    const { generation } = await storeCall(context, "write", manifest.key, async () => {
      try {
        return await write();
      } catch (thrown) {
        if (thrown instanceof StoreError && thrown.kind === "transient") retried = true;
        throw thrown;
      }
    });
    context.journal.set(manifest.key, generation);
  } catch (thrown) {
    if (retried && thrown instanceof StoreError && thrown.kind === "precondition-failed") {
      const current = await storeCall(context, "read", manifest.key, () => context.store.read(manifest.key));
      if (current !== undefined && Buffer.from(current.content).equals(Buffer.from(manifest.bytes))) {
        context.journal.set(manifest.key, current.generation);
        return;
      }
    }
    throw thrown;
  }
}

/**
 * One store call with retries of transient failures; failures other than precondition ones are
 * turned into UserErrors here, where the operation and key are known.
 */
export async function storeCall<T>(
  context: Pick<ApplyContext, "store" | "log" | "retry">,
  operation: StoreOperation,
  key: string,
  call: () => Promise<T>,
): Promise<T> {
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
  const unchanged =
    "The previous deploy's manifest is untouched, so the files it recorded stay in place; run the deploy again once fixed.";
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
