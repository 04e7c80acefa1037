/** Opening a destination: the store to write to and where in it Airflow's DAG folder is. */
import type { Logger } from "../log.js";
import { getComposerEnvironment, type ComposerClientOptions, type ComposerEnvironment } from "../google/composer.js";
import { formatDestination, type Destination } from "./destination.js";
import { GcsStore, type GcsStoreOptions } from "./gcs-store.js";
import { LocalFolderStore } from "./local-store.js";
import type { ObjectStore } from "./store.js";

/** An opened destination: the store to write to and where in it the DAG folder is. */
export interface SyncTarget {
  store: ObjectStore;
  /** Object-name prefix of Airflow's DAG folder in the store ("" when the store is the folder). */
  dagsFolder: string;
  /** The destination as the user named it, for messages. */
  display: string;
  /** Set when the destination is a Composer environment. */
  composer?: ComposerEnvironment;
}

/** Options for reaching the outside systems a destination may need. */
export interface OpenTargetOptions {
  composer?: ComposerClientOptions;
  gcs?: GcsStoreOptions;
  /** Wraps the opened store, to observe or delay every call (how the round trips of a deploy are measured). */
  wrapStore?: (store: ObjectStore) => ObjectStore;
}

/**
 * Open a parsed destination. A Composer environment is looked up first (its bucket, versions and
 * Airflow UI address); call this before rendering so `auto` versions can be resolved from
 * `target.composer.versions`.
 */
export async function openTarget(destination: Destination, log: Logger, options: OpenTargetOptions = {}): Promise<SyncTarget> {
  const opened = await openUnwrapped(destination, log, options);
  return options.wrapStore === undefined ? opened : { ...opened, store: options.wrapStore(opened.store) };
}

async function openUnwrapped(destination: Destination, log: Logger, options: OpenTargetOptions): Promise<SyncTarget> {
  switch (destination.kind) {
    case "gcs":
      return {
        store: new GcsStore(destination.bucket, options.gcs),
        dagsFolder: destination.dagsFolder,
        display: formatDestination(destination),
      };
    case "local":
      return { store: new LocalFolderStore(destination.folder), dagsFolder: "", display: destination.folder };
    case "composer": {
      const environment = await getComposerEnvironment(destination.name, log, options.composer);
      log.info(`Composer environment ${environment.name}: DAGs in gs://${environment.bucket}/${environment.dagsFolder}, ` + environment.imageVersion);
      return {
        store: new GcsStore(environment.bucket, options.gcs),
        dagsFolder: environment.dagsFolder,
        display: destination.name,
        composer: environment,
      };
    }
  }
}
