/**
 * Pruning: DAGs of projects that are gone from the repository. Sync removes the files a project
 * no longer renders; a deleted project renders nothing and is never synced again, so its DAGs
 * would stay in Airflow forever. Pruning syncs each such project with no files, which deletes
 * exactly what its manifest says it deployed (and nothing it does not own), and only in prefixes
 * this repository provably owns.
 */
import type { Logger } from "../log.js";
import { DEFAULT_RETRY, type RetryPolicy } from "../util/async.js";
import { VERSION } from "../version.js";
import { syncProject } from "./deploy-project.js";
import { CommitComparer, type CommitRef, type IGit } from "./history.js";
import { describeRepository, type RepositoryIdentity } from "./identity.js";
import { MANIFEST_NAME, UnusableManifestError } from "./manifest.js";
import { ownershipOf } from "./ownership.js";
import { projectPrefix, repositoryPrefix } from "./prefix.js";
import type { SyncResult } from "./request.js";
import { readManifest } from "./snapshot.js";
import { storeCall, type StoreContext } from "./store-call.js";
import type { SyncTarget } from "./target.js";

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

/** A removed project's folder that this repository owns: `<dagsFolder>/<repo>/<project>/`. */
export interface Orphan {
  /** The repository part of its prefix: the current one, or the one earlier dagship versions used. */
  repo: string;
  project: string;
  /** Its full prefix. */
  prefix: string;
}

/** What decides which folders are this repository's removed projects. */
export interface OrphanSearch {
  /** The repository parts of the prefixes to look in (the current one, and a legacy one). */
  repos: readonly string[];
  /** The projects the repository still has; only the others are orphans. */
  existing: ReadonlySet<string>;
  identity: RepositoryIdentity;
}

/**
 * The removed projects among a destination's listing that this repository owns, and a warning
 * for each folder it leaves alone because it cannot vouch for it: another repository's, or one
 * written by dagship 0.1 (no repository recorded) whose commit this clone does not have.
 */
export async function findOrphans(
  target: SyncTarget,
  keys: readonly string[],
  search: OrphanSearch,
  comparer: CommitComparer,
  context: StoreContext,
): Promise<{ orphans: Orphan[]; warnings: string[] }> {
  const orphans: Orphan[] = [];
  const warnings: string[] = [];
  for (const repo of search.repos) {
    for (const project of orphanedProjects(keys, repositoryPrefix(target.dagsFolder, repo), search.existing)) {
      const prefix = projectPrefix(target.dagsFolder, repo, project);
      let deployed: Awaited<ReturnType<typeof readManifest>>;
      try {
        deployed = await readManifest(context, prefix);
      } catch (thrown) {
        // Without a usable manifest nothing says what the folder's deploy owned: it is left alone.
        if (!(thrown instanceof UnusableManifestError)) throw thrown;
        warnings.push(`${thrown.message} Not pruned.`);
        continue;
      }
      // Only what its manifest records is ever deleted: a folder left holding nothing but files
      // placed by hand is pruned already, and stays out of every later prune and its report.
      if (deployed === undefined || Object.keys(deployed.manifest.files).length === 0) continue;
      const ownership = await ownershipOf(deployed.manifest, search.identity, comparer);
      const location = `${target.store.location}/${prefix}`;
      if (ownership.kind === "ours" || (ownership.kind === "adoptable" && ownership.basis === "git")) orphans.push({ repo, project, prefix });
      else if (ownership.kind === "foreign") {
        warnings.push(`${location} belongs to ${describeRepository(ownership.owner)}, not to this repository: not pruned`);
      } else {
        warnings.push(
          `${location} (project ${project}, not in this repository) was deployed by dagship ${deployed.manifest.dagshipVersion}, ` +
            "which recorded no repository, and this clone cannot vouch for its commit: not pruned. Delete it by hand if it is " +
            "this repository's removed project.",
        );
      }
    }
  }
  return { orphans, warnings };
}

/** One prune: the deploy that records it, and its collaborators. */
export interface PruneRun {
  identity: RepositoryIdentity;
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

/** Sync one orphan with no files: its DAGs are deleted (or, in a dry run, would be). */
export async function pruneProject(target: SyncTarget, orphan: Orphan, run: PruneRun, deps: PruneDeps): Promise<SyncResult> {
  const time = run.commit.time ?? (await deps.git.commitTime(run.commit.sha)) ?? new Date();
  return syncProject(
    {
      repo: orphan.repo,
      identity: run.identity,
      project: orphan.project,
      files: [],
      commit: { sha: run.commit.sha, time },
      dagshipVersion: VERSION,
      dryRun: run.dryRun,
    },
    target,
    deps,
  );
}

/** What a prune of a whole repository needs to know. */
export interface PruneRequest extends PruneRun {
  /** The repository part of every project's prefix (see `repositoryKey`). */
  repo: string;
  /** The repository part earlier dagship versions used, when it differs (see `legacyRepositoryKey`). */
  legacyRepo?: string;
  /** The projects the repository still has; only the others are pruned. */
  existing: ReadonlySet<string>;
}

/** Prune every removed project this repository owns, one after the other; the first failure stops it. */
export async function pruneRemovedProjects(target: SyncTarget, request: PruneRequest, deps: PruneDeps): Promise<SyncResult[]> {
  const context = { store: target.store, log: deps.log, retry: deps.retry ?? DEFAULT_RETRY };
  const repos = [request.repo, ...(request.legacyRepo === undefined || request.legacyRepo === request.repo ? [] : [request.legacyRepo])];
  const keys: string[] = [];
  for (const repo of repos) {
    const prefix = repositoryPrefix(target.dagsFolder, repo);
    keys.push(...(await storeCall(context, "list", prefix, () => target.store.list(prefix))).map((object) => object.key));
  }
  const comparer = new CommitComparer(deps.git, request.commit);
  const { orphans, warnings } = await findOrphans(target, keys, { repos, existing: request.existing, identity: request.identity }, comparer, context);
  for (const warning of warnings) deps.log.warn(warning);
  if (orphans.length === 0) return [];
  deps.log.info(pruneAnnouncement(orphans, request.dryRun));
  const results: SyncResult[] = [];
  for (const orphan of orphans) results.push(await pruneProject(target, orphan, request, deps));
  return results;
}

/** The log line before a prune. Pure. */
export function pruneAnnouncement(orphans: readonly Orphan[], dryRun: boolean): string {
  return `${dryRun ? "would prune" : "pruning"} the DAGs of ${orphans.length} project(s) no longer in the repository: ${orphans.map((orphan) => orphan.project).join(", ")}`;
}
