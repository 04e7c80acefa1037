/**
 * The staging folder of one import check: in the Composer environment's bucket under
 * `data/dagship-import-check/<run>/`, or in a local temporary folder for a local Python. Each
 * is written before the check and removed after it, whatever the check's outcome.
 */
import { mkdir, mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { messageOf } from "../errors.js";
import type { Logger } from "../log.js";
import { DAG_CONTENT_TYPE } from "../sync/apply.js";
import { storeCall, type StoreContext } from "../sync/store-call.js";
import { runBounded } from "../util/async.js";
import { mountedPath, staleStagingPrefixes, stagingPrefix, STAGING_ROOT, type StagedFile } from "./layout.js";

/** A written staging folder. */
export interface Staging {
  /** The folder as the Airflow that checks it sees it. */
  folder: string;
  /** Where it is, for messages (`gs://bucket/data/...` or a local path). */
  location: string;
  /** Removes every staged file; never throws, returns what went wrong instead. */
  remove(): Promise<string | undefined>;
}

const PARALLEL = 8;

async function removePrefix(context: StoreContext, prefix: string): Promise<void> {
  const objects = await storeCall(context, "list", prefix, () => context.store.list(prefix));
  await runBounded(objects, PARALLEL, (object) => storeCall(context, "delete", object.key, () => context.store.delete(object.key)));
}

/**
 * Upload the files to the run's folder in the environment's bucket. Folders that runs killed
 * more than a day ago left behind are removed first (best effort).
 */
export async function stageInBucket(context: StoreContext, runId: string, files: readonly StagedFile[], now: Date): Promise<Staging> {
  const prefix = stagingPrefix(runId);
  const location = `${context.store.location}/${prefix}`;
  try {
    const leftovers = await storeCall(context, "list", `${STAGING_ROOT}/`, () => context.store.list(`${STAGING_ROOT}/`));
    for (const stale of staleStagingPrefixes(
      leftovers.map((object) => object.key),
      now,
    )) {
      context.log.info(`removing ${context.store.location}/${stale}, left behind by an import check that did not finish`);
      await removePrefix(context, stale);
    }
  } catch (thrown) {
    context.log.warn(`could not look for old import-check folders under ${context.store.location}/${STAGING_ROOT}/: ${messageOf(thrown)}`);
  }
  const remove = async (): Promise<string | undefined> => {
    try {
      await removePrefix(context, prefix);
      return undefined;
    } catch (thrown) {
      return `could not remove the import-check folder ${location}: ${messageOf(thrown)} (the next run older than a day removes it)`;
    }
  };
  try {
    await runBounded(files, PARALLEL, async (file) => {
      const key = `${prefix}${file.relative}`;
      const bytes = typeof file.content === "string" ? new TextEncoder().encode(file.content) : file.content;
      await storeCall(context, "write", key, () => context.store.write(key, bytes, { contentType: DAG_CONTENT_TYPE, metadata: {}, ifGenerationMatch: "0" }));
    });
  } catch (thrown) {
    await remove();
    throw thrown;
  }
  return { folder: mountedPath(prefix), location, remove };
}

/** Write the files to a new local temporary folder. */
export async function stageLocally(files: readonly StagedFile[], log: Logger): Promise<Staging> {
  // Real path: Airflow prints the paths it walked, and they must compare equal to this one.
  const root = await realpath(await mkdtemp(path.join(tmpdir(), "dagship-import-check-")));
  const remove = async (): Promise<string | undefined> => {
    try {
      await rm(root, { recursive: true, force: true });
      return undefined;
    } catch (thrown) {
      return `could not remove the import-check folder ${root}: ${messageOf(thrown)}`;
    }
  };
  try {
    for (const file of files) {
      const target = path.join(root, ...file.relative.split("/"));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
  } catch (thrown) {
    await remove();
    throw thrown;
  }
  log.debug(`import check: staged ${files.length} file(s) in ${root}`);
  return { folder: root, location: root, remove };
}
