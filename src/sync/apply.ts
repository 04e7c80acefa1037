import type { Plan } from "./plan.js";
import { runBounded } from "../util/async.js";
import { REASON_WORDS } from "./reasons.js";
import { storeCall, type StoreContext } from "./store-call.js";
import { StoreError } from "./store.js";

/** Content type of DAG files: Composer and gsutil treat `.py` as this. */
export const DAG_CONTENT_TYPE = "text/x-python";

/** Everything apply needs besides the plan. */
export interface ApplyContext extends StoreContext {
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
export async function applyPlan(plan: Plan, contents: ReadonlyMap<string, Uint8Array>, manifest: ManifestWrite, context: ApplyContext): Promise<void> {
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
    log.debug(`uploaded ${action.key} (${REASON_WORDS[action.reason].why}; generation ${generation})`);
  });

  await runBounded(deletes, context.concurrency, async (action) => {
    await storeCall(context, "delete", action.key, () =>
      store.delete(action.key, action.ifGenerationMatch === undefined ? {} : { ifGenerationMatch: action.ifGenerationMatch }),
    );
    log.debug(`deleted ${action.key} (${REASON_WORDS[action.reason].why})`);
  });

  await writeManifest(manifest, context);
}

/**
 * Write the manifest last, only over the generation seen at plan time. A transient failure can
 * hide a write that did land; if the retry then meets a precondition failure, read the manifest
 * back: our own bytes there mean our write succeeded, anything else means another deploy won.
 */
async function writeManifest(manifest: ManifestWrite, context: ApplyContext): Promise<void> {
  // An object, not a `let`: the retry callback sets it, which control-flow narrowing cannot see.
  const attempt = { retried: false };
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
        if (thrown instanceof StoreError && thrown.kind === "transient") attempt.retried = true;
        throw thrown;
      }
    });
    context.journal.set(manifest.key, generation);
  } catch (thrown) {
    if (attempt.retried && thrown instanceof StoreError && thrown.kind === "precondition-failed") {
      const current = await storeCall(context, "read", manifest.key, () => context.store.read(manifest.key));
      if (current !== undefined && Buffer.from(current.content).equals(Buffer.from(manifest.bytes))) {
        context.journal.set(manifest.key, current.generation);
        return;
      }
    }
    throw thrown;
  }
}
