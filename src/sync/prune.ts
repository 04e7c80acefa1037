/**
 * Pruning: DAGs of projects that are gone from the repository. Sync removes the files a project
 * no longer renders; a deleted project renders nothing and is never synced again, so its DAGs
 * would stay in Airflow forever. Pruning syncs each such project with no files, which deletes
 * exactly what its manifest says it deployed (and nothing it does not own).
 */
import type { Logger } from "../log.js";
import { DEFAULT_RETRY, type RetryPolicy } from "../util/async.js";
import { VERSION } from "../version.js";
import { syncProjects } from "./deploy-project.js";
import type { CommitRef, IGit } from "./history.js";
import { MANIFEST_NAME } from "./manifest.js";
import { projectPrefix, repositoryPrefix } from "./prefix.js";
import type { SyncResult } from "./request.js";
import { readManifest } from "./snapshot.js";
import { storeCall } from "./store-call.js";
import type { SyncTarget } from "./target.js";

// The action imports it from here; its home is prefix.ts.

/**
 * Project folders in the destination that carry a dagship manifest and still hold files besides
 * it, but whose project no longer exists: the candidates for a prune. Pure over a listing.
 */
export function orphanedProjects(keys: readonly string[], prefix: string, existing: ReadonlySet<string>): string[] {
  const withManifest = new Set<string>();
  const withFiles = new Set<string>();
  for (const key of keys) {
    if (!key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    const slash = rest.indexOf("/");
    if (slash <= 0) continue;
    const project = rest.slice(0, slash);
    if (rest.slice(slash + 1) === MANIFEST_NAME) withManifest.add(project);
    else withFiles.add(project);
  }
  return [...withManifest].filter((project) => withFiles.has(project) && !existing.has(project)).sort();
}

/** What a prune needs to know. */
export interface PruneRequest {
  /** The repository part of every project's prefix (see `repositoryKey`). */
  repo: string;
  /** The projects the repository still has; only the others are pruned. */
  existing: ReadonlySet<string>;
  /** The commit the prune records; without a time, git is asked (and failing that, now). */
  commit: CommitRef;
  dryRun: boolean;
}

/** Collaborators of a prune; `retry` defaults to the store's usual policy. */
export interface PruneDeps {
  git: IGit;
  log: Logger;
  retry?: RetryPolicy;
}

/** Sync every orphaned project with no files: their DAGs are deleted (or, in a dry run, would be). */
export async function pruneRemovedProjects(target: SyncTarget, request: PruneRequest, deps: PruneDeps): Promise<SyncResult[]> {
  const prefix = repositoryPrefix(target.dagsFolder, request.repo);
  const context = { store: target.store, log: deps.log, retry: deps.retry ?? DEFAULT_RETRY };
  const listing = await storeCall(context, "list", prefix, () => target.store.list(prefix));
  const orphans: string[] = [];
  for (const project of orphanedProjects(listing.map((object) => object.key), prefix, request.existing)) {
    // Only what its manifest records is ever deleted: a folder left holding nothing but files
    // placed by hand is pruned already, and stays out of every later prune and its report.
    const deployed = await readManifest(context, projectPrefix(target.dagsFolder, request.repo, project));
    if (deployed !== undefined && Object.keys(deployed.manifest.files).length > 0) orphans.push(project);
  }
  if (orphans.length === 0) return [];
  deps.log.info(`${request.dryRun ? "would prune" : "pruning"} the DAGs of ${orphans.length} project(s) no longer in the repository: ${orphans.join(", ")}`);
  const commit = { sha: request.commit.sha, time: request.commit.time ?? (await deps.git.commitTime(request.commit.sha)) ?? new Date() };
  return syncProjects(
    orphans.map((project) => ({ repo: request.repo, project, files: [], commit, dagshipVersion: VERSION, dryRun: request.dryRun })),
    target,
    deps,
  );
}
