/**
 * What the checks before a deploy read of the DAG folder: one listing of it, and the manifests
 * that matter, each read at most once. The manifests of the prefixes the deploy writes are read
 * while the listing is still on its way (a first round trip for both, not two); together with
 * the listing's entries of each prefix they are the snapshot its sync starts from.
 */
import { UserError } from "../errors.js";
import { createLimiter } from "../util/async.js";
import { MANIFEST_NAME, UnusableManifestError, type Manifest } from "./manifest.js";
import { readManifest, snapshotOf, type ManifestRead, type ObservedSnapshot } from "./snapshot.js";
import { storeCall, type StoreContext } from "./store-call.js";
import type { ObjectInfo } from "./store.js";

/**
 * Manifest reads in flight at once. They are small GETs of distinct objects: enough at once that
 * the manifests of a monorepo's projects take a few round trips, few enough not to trip a
 * bucket's request rate limits.
 */
export const MANIFEST_READS_AT_ONCE = 32;

/** The DAG folder's listing and the manifests read of it. */
export class FolderView {
  private readonly manifestKeys: ReadonlySet<string>;

  private constructor(
    private readonly context: StoreContext,
    /** Every object in the folder. */
    readonly objects: readonly ObjectInfo[],
    private readonly reads: Map<string, Promise<ManifestRead | undefined>>,
    /** When the listing and the first reads were sent (`performance.now()`). */
    private readonly observedAt: number,
  ) {
    this.manifestKeys = new Set(objects.map((object) => object.key).filter((key) => key === MANIFEST_NAME || key.endsWith(`/${MANIFEST_NAME}`)));
  }

  /**
   * List `folder` (a key prefix: "" or ending in `/`) and, at the same time, read the manifests
   * of `prefixes`. A read still queued when the listing arrives is sent only if the listing
   * shows that manifest, and none is sent after the listing failed.
   * @throws UserError when the listing fails (as {@link storeCall} explains it)
   */
  static async read(context: StoreContext, folder: string, prefixes: readonly string[]): Promise<FolderView> {
    const observedAt = performance.now();
    const limiter = createLimiter(MANIFEST_READS_AT_ONCE);
    const state: { listed?: ReadonlySet<string>; failed?: boolean } = {};
    const reads = new Map<string, Promise<ManifestRead | undefined>>();
    for (const prefix of new Set(prefixes)) {
      const read = limiter.run(async () => {
        if (state.failed === true) throw new UserError("not read: listing the DAG folder failed");
        if (state.listed !== undefined && !state.listed.has(prefix + MANIFEST_NAME)) return undefined;
        return readManifest(context, prefix);
      });
      // Awaited when the checks need it; until then a failure must not count as unhandled.
      read.catch(() => undefined);
      reads.set(prefix, read);
    }
    let objects: ObjectInfo[];
    try {
      objects = await storeCall(context, "list", folder, () => context.store.list(folder));
    } catch (thrown) {
      state.failed = true;
      throw thrown;
    }
    const view = new FolderView(context, objects, reads, observedAt);
    state.listed = view.manifestKeys;
    return view;
  }

  /** The manifest governing `prefix` with its generation: as read beside the listing, or (read now) if the listing has one. */
  read(prefix: string): Promise<ManifestRead | undefined> {
    let found = this.reads.get(prefix);
    if (found === undefined) {
      found = this.manifestKeys.has(prefix + MANIFEST_NAME) ? readManifest(this.context, prefix) : Promise.resolve(undefined);
      this.reads.set(prefix, found);
    }
    return found;
  }

  /** Like {@link read}, the manifest alone, and an unusable one is a warning (added to `warnings`) that reads as none. */
  async usable(prefix: string, warnings: string[]): Promise<Manifest | undefined> {
    try {
      return (await this.read(prefix))?.manifest;
    } catch (thrown) {
      if (!(thrown instanceof UnusableManifestError)) throw thrown;
      if (!warnings.includes(thrown.message)) warnings.push(thrown.message);
      return undefined;
    }
  }

  /** The prefix of the innermost manifest whose folder holds `key`. */
  governing(key: string): string | undefined {
    for (let slash = key.lastIndexOf("/"); slash > 0; slash = key.lastIndexOf("/", slash - 1)) {
      const prefix = key.slice(0, slash + 1);
      if (this.manifestKeys.has(prefix + MANIFEST_NAME)) return prefix;
    }
    return undefined;
  }

  /**
   * What `prefix` held as this view saw it, for its sync to start from; undefined when its
   * manifest is unusable (the sync reads it again and reports it) or changed between the read
   * and the listing.
   */
  async snapshot(prefix: string): Promise<ObservedSnapshot | undefined> {
    let read: ManifestRead | undefined;
    try {
      read = await this.read(prefix);
    } catch {
      return undefined;
    }
    const snapshot = snapshotOf(this.objects, prefix, read);
    return snapshot === undefined ? undefined : { ...snapshot, observedAt: this.observedAt };
  }
}
