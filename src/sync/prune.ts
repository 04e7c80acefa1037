/**
 * The `prune` input: DAGs of projects that are gone from the repository. Sync removes the files
 * a project no longer renders; a deleted project renders nothing and is never synced again, so
 * its DAGs would stay in Airflow forever. Pruning syncs each such project with no files, which
 * deletes exactly what its manifest says it deployed (and nothing it does not own).
 */
import type { Logger } from "../log.js";
import { MANIFEST_NAME } from "./manifest.js";
import { syncProjects, type IGit, type SyncResult, type SyncTarget } from "./index.js";
import { VERSION } from "../version.js";

/**
 * The middle of every project's prefix, `dags/<this>/<project>/`: the repository's name, and the
 * working directory below it when there is one, so two dagship steps on two folders of one
 * repository never see each other's projects as removed ones.
 * @param repository `owner/name` (GITHUB_REPOSITORY); empty outside a workflow
 * @param workingDirectory relative to the checkout, forward slashes, "" for its root
 */
export function repositoryKey(repository: string, workingDirectory: string, fallback: string): string {
  const name = repository.split("/")[1] || fallback;
  const folder = workingDirectory.split("/").filter((segment) => segment !== "" && segment !== ".").join("/");
  return folder === "" ? name : `${name}/${folder}`;
}

/** The folder holding every project of a repository: `<dagsFolder>/<repo>/`. */
function repositoryPrefix(dagsFolder: string, repo: string): string {
  return dagsFolder === "" ? `${repo}/` : `${dagsFolder}/${repo}/`;
}

/**
 * Project folders in the destination that carry a dagship manifest and still hold DAG files
 * besides it, but whose project no longer exists. Pure over a listing.
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
  repo: string;
  existing: ReadonlySet<string>;
  commit: { sha: string; time: Date };
  dryRun: boolean;
}

/** Sync every orphaned project with no files: their DAGs are deleted (or, in a dry run, would be). */
export async function pruneRemovedProjects(target: SyncTarget, request: PruneRequest, deps: { git: IGit; log: Logger }): Promise<SyncResult[]> {
  const prefix = repositoryPrefix(target.dagsFolder, request.repo);
  const listing = await target.store.list(prefix);
  const orphans = orphanedProjects(
    listing.map((object) => object.key),
    prefix,
    request.existing,
  );
  if (orphans.length === 0) return [];
  deps.log.info(`${request.dryRun ? "would prune" : "pruning"} the DAGs of ${orphans.length} project(s) no longer in the repository: ${orphans.join(", ")}`);
  return syncProjects(
    orphans.map((project) => ({ repo: request.repo, project, files: [], commit: request.commit, dagshipVersion: VERSION, dryRun: request.dryRun })),
    target,
    deps,
  );
}
