/** Reading what a project's prefix holds: its listing and its manifest, as one consistent view. */
import type { CommitComparer } from "./history.js";
import { MANIFEST_NAME, parseManifest, type Manifest } from "./manifest.js";
import { storeCall, type StoreContext } from "./store-call.js";
import type { ObjectInfo } from "./store.js";

/** A prefix's listing and the manifest that belongs with it. */
export interface Snapshot {
  objects: ObjectInfo[];
  manifest: Manifest | undefined;
  /** The manifest's generation ("0": there is none). */
  manifestGeneration: string;
}

/**
 * A snapshot read before the sync that starts from it (by the checks before a deploy), and when
 * its reads were sent, on the `performance.now()` clock: a sync reuses it only while it is recent.
 */
export interface ObservedSnapshot extends Snapshot {
  observedAt: number;
}

/** A manifest as read, with the generation its bytes belong to. */
export interface ManifestRead {
  manifest: Manifest;
  generation: string;
}

/** The manifest in a project's prefix with its generation, or undefined when there is none. */
export async function readManifest(context: StoreContext, prefix: string): Promise<ManifestRead | undefined> {
  const { store } = context;
  const key = prefix + MANIFEST_NAME;
  const found = await storeCall(context, "read", key, () => store.read(key));
  if (found === undefined) return undefined;
  return { manifest: parseManifest(found.content, `${store.location}/${key}`, prefix), generation: found.generation };
}

/**
 * The snapshot of `prefix` from a listing that covers it (the prefix's own, or a folder's above
 * it) and the manifest read beside it; undefined when the two disagree about the manifest's
 * generation (it changed in between: generations never repeat, so equal ones mean the same
 * manifest). Pure.
 */
export function snapshotOf(listing: readonly ObjectInfo[], prefix: string, read: ManifestRead | undefined): Snapshot | undefined {
  const objects = listing.filter((object) => object.key.startsWith(prefix));
  const listed = objects.find((object) => object.key === prefix + MANIFEST_NAME);
  if ((listed?.generation ?? "0") !== (read?.generation ?? "0")) return undefined;
  return { objects, manifest: read?.manifest, manifestGeneration: read?.generation ?? "0" };
}

/**
 * Listing and manifest that belong together, or undefined if the manifest changed in between.
 * Both are fetched at once, and the deployed commit's ancestry is checked while the listing
 * is still on its way: a deploy that changes one file is a handful of round trips.
 */
export async function readSnapshot(context: StoreContext, prefix: string, comparer: CommitComparer): Promise<Snapshot | undefined> {
  // The manifest first: it is small, and git can check its commit while the listing is sent.
  const manifestRead = readManifest(context, prefix).then((read) => {
    // Warm the cache; the order check awaits the same promise (and sees any failure).
    if (read !== undefined) comparer.compare({ sha: read.manifest.commit, time: new Date(read.manifest.commitTime) }).catch(() => undefined);
    return read;
  });
  const [read, objects] = await Promise.all([manifestRead, storeCall(context, "list", prefix, () => context.store.list(prefix))]);
  return snapshotOf(objects, prefix, read);
}
