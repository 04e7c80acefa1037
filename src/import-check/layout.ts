/**
 * Where the import check puts a run's files: a staging folder of its own under the environment
 * bucket's `data/` folder, which Composer mounts at /home/airflow/gcs/data on the Airflow workers
 * and schedulers (the components `executeAirflowCommand` runs on), and which Airflow never parses
 * as a DAG folder. Pure: names and paths only.
 */
import { assertSafeKey } from "../sync/store.js";

/** Object-name prefix of every run's staging folder in the environment's bucket. */
export const STAGING_ROOT = "data/dagship-import-check";

/** Where Composer mounts the environment's bucket on its Airflow components. */
export const COMPOSER_BUCKET_MOUNT = "/home/airflow/gcs";

/** A staging folder older than this belongs to a run that died; the next run removes it. */
export const STALE_STAGING_MS = 24 * 60 * 60 * 1000;

/** One rendered DAG file to check. */
export interface CheckedFile {
  project: string;
  /** File name inside the project's folder, e.g. `sales.py`. */
  path: string;
  content: string | Uint8Array;
  dagId: string;
  /** The dag.yaml it is rendered from, for messages. */
  source?: string;
}

/** A file's place in the staging folder. */
export interface StagedFile extends CheckedFile {
  /** Relative to the staging folder: `<project>/<path>`. */
  relative: string;
}

/**
 * A run's id: its start time (UTC, to the second, so leftovers can be aged), the commit and a
 * random part (two runs of one commit must not share a folder).
 */
export function newRunId(now: Date, commit: string, random: string): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  return `${stamp}-${commit.slice(0, 12)}-${random}`;
}

/** When a run id says its run started; undefined for names this module did not make. */
export function runStartedAt(runId: string): Date | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z-/.exec(runId);
  if (!match) return undefined;
  const [year = 0, month = 1, day, hour, minute, second] = match.slice(1).map(Number);
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
}

/** The object-name prefix of one run's staging folder, ending in `/`. */
export function stagingPrefix(runId: string): string {
  assertSafeKey(runId);
  return `${STAGING_ROOT}/${runId}/`;
}

/** Where `relative` lies in the staging folder, for every file; refuses paths that could escape it. */
export function stageFiles(files: readonly CheckedFile[]): StagedFile[] {
  const seen = new Set<string>();
  return files.map((file) => {
    const relative = `${file.project}/${file.path}`;
    assertSafeKey(relative);
    if (seen.has(relative)) throw new Error(`two rendered files share the staging path ${relative}`);
    seen.add(relative);
    return { ...file, relative };
  });
}

/** The path Composer's Airflow components see an object of the environment's bucket at. */
export function mountedPath(key: string): string {
  return `${COMPOSER_BUCKET_MOUNT}/${key.replace(/\/+$/, "")}`;
}

/**
 * The staging folders of runs that started more than {@link STALE_STAGING_MS} before `now`, from
 * the keys listed under {@link STAGING_ROOT}: a run that was killed could not remove its own.
 */
export function staleStagingPrefixes(keys: readonly string[], now: Date): string[] {
  const stale = new Set<string>();
  for (const key of keys) {
    const runId = key.slice(STAGING_ROOT.length + 1).split("/")[0] ?? "";
    const started = runStartedAt(runId);
    if (started !== undefined && now.getTime() - started.getTime() > STALE_STAGING_MS) stale.add(`${STAGING_ROOT}/${runId}/`);
  }
  return [...stale].sort();
}

/** The folder that holds every key: the longest common folder prefix (no trailing slash). */
export function commonFolder(keys: readonly string[]): string {
  const folders = keys.map((key) => key.split("/").slice(0, -1));
  const first = folders[0] ?? [];
  let length = first.length;
  for (const folder of folders) {
    let same = 0;
    while (same < Math.min(length, folder.length) && folder[same] === first[same]) same++;
    length = same;
  }
  return first.slice(0, length).join("/");
}
