/** What one project's deploy is asked to do, with what, and what it reports back. */
import type { Logger } from "../log.js";
import type { RetryPolicy } from "../util/async.js";
import type { DeployOrigin, RecordedImage } from "./deploy-record.js";
import type { IGit } from "./history.js";
import type { RepositoryIdentity } from "./identity.js";
import type { PlannedAction, RenderedFile } from "./plan.js";

/** One project's deploy. */
export interface SyncRequest {
  /** Repository name: the middle segment of the default prefix `dags/<repo>/<project>/`. */
  repo: string;
  /**
   * The deploying repository, recorded in the manifest; a prefix whose manifest records another
   * one is refused before anything is written.
   */
  identity: RepositoryIdentity;
  project: string;
  /** Rendered DAG files, paths relative to the project's prefix (usually `<dag_id>.py`). */
  files: readonly RenderedFile[];
  /** The commit being deployed and its committer time. */
  commit: { sha: string; time: Date };
  /** Set for a release-tag deploy: the only kind allowed to deploy an older commit (a rollback). */
  releaseTag?: string;
  /** Recorded in the manifest and on every object. */
  dagshipVersion: string;
  /** The project's folder inside the DAG folder, instead of `<repo>/<project>`. */
  prefix?: string;
  /** Plan only: read the destination, write nothing. */
  dryRun?: boolean;
  /** The images the files pin, by the project that builds them; recorded in the manifest's history. */
  images?: Readonly<Record<string, RecordedImage>>;
  /** A promotion or a rollback, recorded in the history; a rollback may replace a newer commit. */
  origin?: DeployOrigin;
}

/** Collaborators and knobs; everything but `git` and `log` has a default. */
export interface SyncDeps {
  git: IGit;
  log: Logger;
  retry?: RetryPolicy;
  /** Uploads in flight at once (default 8). */
  concurrency?: number;
  /** Where several projects are synced (a repository's deploy): how many at once (default `PROJECT_SYNCS_AT_ONCE`). */
  projects?: number;
  /** Plan-and-apply rounds when concurrent deploys keep changing the prefix (default 10). */
  maxAttempts?: number;
  /** Upper bound of the random pause between such rounds, in ms (default 250). */
  conflictDelayMs?: number;
  /** How long a deploy that lost to a newer one waits for its manifest, to clean up (default 30 s). */
  loserWaitMs?: number;
  /** How old (ms) a snapshot the checks read may be for the sync to start from it (default `REUSE_OBSERVED_MS`; 0: always read again). */
  reuseObservedMs?: number;
  now?: () => Date;
}

/** What a sync did (or, in a dry run, would do). */
export interface SyncResult {
  project: string;
  /** The project's full prefix in the store. */
  prefix: string;
  /** Store location and prefix, e.g. `gs://bucket/dags/etl/sales/`. */
  location: string;
  destination: string;
  commit: string;
  /** The deploy this one replaces, from its manifest. */
  previous?: { commit: string; deployedAt: string; releaseTag?: string };
  releaseTag?: string;
  /** True when an older commit replaced a newer one (a release-tag rollback). */
  rollback: boolean;
  dryRun: boolean;
  /** Every file and what happens to it, with the reason. */
  actions: PlannedAction[];
  /** True when any DAG file is uploaded or deleted. */
  changed: boolean;
  /** True when the manifest was (or in a dry run would be) written. */
  manifestWritten: boolean;
  warnings: string[];
  /** Plan-and-apply rounds it took (more than 1 when another deploy interfered). */
  attempts: number;
  airflowUri?: string;
}
