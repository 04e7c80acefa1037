/**
 * Sync: deploy one project's rendered DAG files to a DAG folder (a bucket prefix or a local
 * folder) incrementally and safely.
 *
 * One deploy: list the project's prefix and read its manifest (at once) -> check the commit
 * order with git (refuse an older commit unless it is a release-tag rollback) -> plan (pure) ->
 * upload changed files, then delete dropped ones, then write the manifest, every write and
 * delete conditional on the generation seen when planning.
 *
 * Concurrent deploys of one project: a conditional write that fails (412) means another deploy
 * changed the prefix; this one plans again from a fresh listing. A deploy that then finds a newer
 * commit's manifest or files stops (SupersededError) and removes what it wrote that the newer
 * manifest does not record, only at the generations it wrote. Every object carries its commit in
 * its metadata, so files an interrupted deploy left behind are recognised and cleaned up by the
 * next one. Cloud Storage has no multi-object transactions, so one window remains: if the newer
 * deploy *skipped* a file (its bytes already matched) while an older deploy's conditional write
 * or delete of that same file was already in flight, that can land after the newer manifest.
 * It needs the newer commit to undo the older one's change to that very file during the race;
 * the next deploy sees the checksum mismatch or the missing file and repairs it.
 */
import { messageOf, UserError } from "../errors.js";
import type { Logger } from "../log.js";
import { applyPlan, storeCall, type ApplyContext } from "./apply.js";
import { getComposerEnvironment, type ComposerClientOptions, type ComposerEnvironment } from "../google/composer.js";
import { formatDestination, type Destination } from "./destination.js";
import { GcsStore, type GcsStoreOptions } from "./gcs-store.js";
import { CommitComparer, shortSha, type CommitComparison, type CommitRef, type CommitRelation, type IGit } from "./history.js";
import { LocalFolderStore } from "./local-store.js";
import { MANIFEST_FORMAT, MANIFEST_NAME, META, parseManifest, serializeManifest, type Manifest } from "./manifest.js";
import {
  contentBytes,
  findConflicts,
  planSync,
  unrecordedCommits,
  type PlannedAction,
  type RenderedFile,
} from "./plan.js";
import { DEFAULT_RETRY, sleep, type RetryPolicy } from "../util/async.js";
import { assertSafeKey, StoreError, type ObjectInfo, type ObjectStore } from "./store.js";

export type { Destination } from "./destination.js";
export { DEFAULT_LOCAL_FOLDER, formatDestination, parseDestination } from "./destination.js";
export type { ComposerEnvironment, ComposerVersions } from "../google/composer.js";
export { parseImageVersion } from "../google/composer.js";
export type { IGit } from "./history.js";
export { CliGit } from "./history.js";
export type { PlannedAction, PlanReason, RenderedFile, DeployedDag } from "./plan.js";
export { findConflicts } from "./plan.js";
export type { ObjectStore } from "./store.js";
export { GcsStore } from "./gcs-store.js";
export { LocalFolderStore } from "./local-store.js";
export type { RetryPolicy } from "../util/async.js";

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
}

/**
 * Open a parsed destination. A Composer environment is looked up first (its bucket, versions and
 * Airflow UI address); call this before rendering so `auto` versions can be resolved from
 * `target.composer.versions`.
 */
export async function openTarget(destination: Destination, log: Logger, options: OpenTargetOptions = {}): Promise<SyncTarget> {
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
      log.info(
        `Composer environment ${environment.name}: DAGs in gs://${environment.bucket}/${environment.dagsFolder}, ` +
          `${environment.imageVersion}`,
      );
      return {
        store: new GcsStore(environment.bucket, options.gcs),
        dagsFolder: environment.dagsFolder,
        display: destination.name,
        composer: environment,
      };
    }
  }
}

/** One project's deploy. */
export interface SyncRequest {
  /** Repository name: the middle segment of the default prefix `dags/<repo>/<project>/`. */
  repo: string;
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
}

/** Collaborators and knobs; everything but `git` and `log` has a default. */
export interface SyncDeps {
  git: IGit;
  log: Logger;
  retry?: RetryPolicy;
  /** Uploads in flight at once (default 8). */
  concurrency?: number;
  /** Plan-and-apply rounds when concurrent deploys keep changing the prefix (default 10). */
  maxAttempts?: number;
  /** Upper bound of the random pause between such rounds, in ms (default 250). */
  conflictDelayMs?: number;
  /** How long a deploy that lost to a newer one waits for its manifest, to clean up (default 30 s). */
  loserWaitMs?: number;
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

/**
 * A newer commit deployed this project while this (older) deploy was running; this deploy
 * stopped without overwriting anything of the newer one.
 */
export class SupersededError extends UserError {
  constructor(
    message: string,
    readonly newerCommit: string,
  ) {
    super(message);
  }
}

/** The project's full prefix: `<dagsFolder>/<repo>/<project>/`, or `<dagsFolder>/<prefix>/`. */
export function projectPrefix(dagsFolder: string, repo: string, project: string, override?: string): string {
  const inner = (override ?? `${repo}/${project}`).replace(/^\/+|\/+$/g, "");
  try {
    assertSafeKey(inner);
    if (dagsFolder !== "") assertSafeKey(dagsFolder);
  } catch {
    throw new UserError(
      `the prefix "${override ?? `${repo}/${project}`}" of project ${project} is not a safe relative path ` +
        "(no empty, '.' or '..' segments, no backslashes)",
    );
  }
  return dagsFolder === "" ? `${inner}/` : `${dagsFolder}/${inner}/`;
}

interface Snapshot {
  objects: ObjectInfo[];
  manifest: Manifest | undefined;
  manifestGeneration: string;
}

/**
 * Deploy one project's rendered DAG files: plan against the destination, then apply (unless
 * `dryRun`). Concurrent deploys of the same project are settled by generation preconditions:
 * when one interferes, this one re-plans; a newer commit always ends up deployed, and an older
 * one stops with {@link SupersededError}.
 * @throws UserError for refusals (older commit without a release tag, files it does not own in
 *   the way, corrupt manifest) and for storage failures, with the fix.
 */
export async function syncProject(request: SyncRequest, target: SyncTarget, deps: SyncDeps): Promise<SyncResult> {
  const { log, git } = deps;
  const retry = deps.retry ?? DEFAULT_RETRY;
  const now = deps.now ?? (() => new Date());
  const store = target.store;
  const prefix = projectPrefix(target.dagsFolder, request.repo, request.project, request.prefix);
  const manifestKey = prefix + MANIFEST_NAME;
  const comparer = new CommitComparer(git, request.commit);
  // Encoded once, not again per plan or upload.
  const rendered = request.files.map((file) => ({ ...file, content: contentBytes(file) }));
  const contents = new Map(rendered.map((file) => [file.path, file.content]));
  const context: ApplyContext = {
    store,
    log,
    retry,
    concurrency: deps.concurrency ?? 8,
    journal: new Map(),
    metadata: {
      [META.owner]: prefix,
      [META.project]: request.project,
      [META.commit]: request.commit.sha,
      [META.commitTime]: request.commit.time.toISOString(),
      [META.version]: request.dagshipVersion,
    },
  };
  const location = `${store.location}/${prefix}`;
  for (let attempt = 1; ; attempt++) {
    const snapshot = await readSnapshot(context, prefix, comparer);
    if (snapshot === undefined) {
      await conflictPause(attempt, deps, `${manifestKey} changed while being read`);
      continue;
    }
    const { manifest } = snapshot;
    // Only objects written after the last manifest can be newer deploys' or leftovers.
    const unrecorded = unrecordedCommits(snapshot.objects, manifest, prefix);

    let rollback: boolean;
    try {
      rollback = await checkOrder(request, manifest, unrecorded, comparer, log, location, attempt > 1);
    } catch (thrown) {
      if (thrown instanceof SupersededError) await cleanUpAfterLosing(context, prefix, comparer, deps.loserWaitMs ?? 30_000);
      throw thrown;
    }

    const relations = new Map<string, CommitRelation>();
    for (const commit of unrecorded) relations.set(commit.sha, (await comparer.compare(commit)).relation);
    const plan = planSync({ prefix, rendered, manifest, remote: snapshot.objects, relationOf: (sha) => relations.get(sha) });
    const next = nextManifest(request, prefix, plan.actions, now());
    const changed = plan.actions.some((a) => a.action !== "skip");
    const manifestNeeded = changed || manifest === undefined || !sameDeployment(manifest, next);
    const result: SyncResult = {
      project: request.project,
      prefix,
      location,
      destination: target.display,
      commit: request.commit.sha,
      ...(manifest === undefined
        ? {}
        : {
            previous: {
              commit: manifest.commit,
              deployedAt: manifest.deployedAt,
              ...(manifest.releaseTag === undefined ? {} : { releaseTag: manifest.releaseTag }),
            },
          }),
      ...(request.releaseTag === undefined ? {} : { releaseTag: request.releaseTag }),
      rollback,
      dryRun: request.dryRun === true,
      actions: plan.actions,
      changed,
      manifestWritten: manifestNeeded,
      warnings: [...plan.warnings],
      attempts: attempt,
      ...(target.composer?.airflowUri === undefined ? {} : { airflowUri: target.composer.airflowUri }),
    };
    if (request.dryRun === true) {
      if (plan.blockers.length > 0) result.warnings.push(...plan.blockers.map((b) => `would fail: ${b}`));
      return result;
    }
    if (plan.blockers.length > 0) {
      throw new UserError(`cannot deploy ${request.project} to ${location}:\n  ${plan.blockers.join("\n  ")}`);
    }
    for (const warning of plan.warnings) log.warn(`${request.project}: ${warning}`);
    if (!manifestNeeded) return result;

    try {
      await applyPlan(
        plan,
        contents,
        { key: manifestKey, bytes: serializeManifest(next), ifGenerationMatch: snapshot.manifestGeneration },
        context,
      );
    } catch (thrown) {
      if (thrown instanceof StoreError && thrown.kind === "precondition-failed") {
        await conflictPause(attempt, deps, `${thrown.key} was changed by another deploy`);
        continue;
      }
      throw thrown;
    }
    return result;
  }
}

/**
 * Deploy several projects to one destination. The cross-project checks (duplicate dag_id, one
 * path written twice, overlapping prefixes) run first, so a conflict stops every project before
 * anything is uploaded.
 */
export async function syncProjects(requests: readonly SyncRequest[], target: SyncTarget, deps: SyncDeps): Promise<SyncResult[]> {
  const problems = findConflicts(
    requests.flatMap((request) => {
      const prefix = projectPrefix(target.dagsFolder, request.repo, request.project, request.prefix);
      return request.files.map((file) => ({
        project: request.project,
        prefix,
        key: prefix + file.path,
        ...(file.dagId === undefined ? {} : { dagId: file.dagId }),
      }));
    }),
  );
  if (problems.length > 0) {
    throw new UserError(`nothing was deployed: ${problems.length === 1 ? "a conflict" : "conflicts"} between projects:\n  ${problems.join("\n  ")}`);
  }
  const results: SyncResult[] = [];
  for (const request of requests) results.push(await syncProject(request, target, deps));
  return results;
}

/**
 * Listing and manifest that belong together, or undefined if the manifest changed in between.
 * Both are fetched at once, and the deployed commit's ancestry is checked while the listing
 * is still on its way: a deploy that changes one file is a handful of round trips.
 */
async function readSnapshot(context: ApplyContext, prefix: string, comparer: CommitComparer): Promise<Snapshot | undefined> {
  const { store } = context;
  const manifestKey = prefix + MANIFEST_NAME;
  // The manifest first: it is small, and git can check its commit while the listing is sent.
  const manifestRead = storeCall(context, "read", manifestKey, () => store.read(manifestKey)).then((found) => {
    if (found === undefined) return undefined;
    const manifest = parseManifest(found.content, `${store.location}/${manifestKey}`, prefix);
    // Warm the cache; checkOrder awaits the same promise (and sees any failure).
    comparer.compare({ sha: manifest.commit, time: new Date(manifest.commitTime) }).catch(() => undefined);
    return { manifest, generation: found.generation };
  });
  const [read, objects] = await Promise.all([manifestRead, storeCall(context, "list", prefix, () => store.list(prefix))]);
  const listed = objects.find((o) => o.key === manifestKey);
  if ((listed?.generation ?? "0") !== (read?.generation ?? "0")) return undefined;
  return { objects, manifest: read?.manifest, manifestGeneration: read?.generation ?? "0" };
}

/**
 * Refuse to deploy a commit older than the deployed one (or than one being deployed right now),
 * except for a release-tag deploy, which is a rollback and says so. Returns whether it is one.
 */
async function checkOrder(
  request: SyncRequest,
  manifest: Manifest | undefined,
  unrecorded: readonly CommitRef[],
  comparer: CommitComparer,
  log: Logger,
  location: string,
  contended: boolean,
): Promise<boolean> {
  const ours = shortSha(request.commit.sha);
  let rollback = false;
  if (manifest !== undefined) {
    const comparison = await comparer.compare({ sha: manifest.commit, time: new Date(manifest.commitTime) });
    noteBasis(comparison, manifest.commit, log);
    if (comparison.relation === "behind") {
      if (request.releaseTag !== undefined) {
        rollback = true;
        log.info(
          `rollback: deploying ${ours} (release tag ${request.releaseTag}) to ${location}, replacing the newer ` +
            `${shortSha(manifest.commit)} deployed at ${manifest.deployedAt}`,
        );
      } else if (contended) {
        throw new SupersededError(
          `${request.project}: a newer commit ${shortSha(manifest.commit)} was deployed to ${location} while this deploy of ` +
            `${ours} was running; this one stopped and left the newer files in place`,
          manifest.commit,
        );
      } else {
        throw new UserError(
          `refusing to deploy ${ours} to ${location}: the deployed commit ${shortSha(manifest.commit)} ` +
            `(deployed ${manifest.deployedAt}) is newer, and ${ours} is one of its ancestors, so this would roll it back. ` +
            `If this is an older run finishing late, nothing needs doing. To roll back on purpose, deploy a release tag of ${ours}.`,
        );
      }
    } else if (comparison.relation === "diverged") {
      log.warn(
        `${request.project}: ${ours} is not a descendant of the deployed ${shortSha(manifest.commit)} ` +
          "(deployed from another branch?); deploying it replaces that deploy",
      );
    } else if (comparison.relation === "unknown") {
      log.warn(`${request.project}: cannot tell whether ${ours} is newer than the deployed ${shortSha(manifest.commit)}`);
    }
  }
  if (request.releaseTag !== undefined) return rollback;
  for (const commit of unrecorded) {
    const comparison = await comparer.compare(commit);
    if (comparison.relation === "behind") {
      throw new SupersededError(
        `${request.project}: files of the newer commit ${shortSha(commit.sha)} are being deployed to ${location} ` +
          `(or that deploy stopped midway); not deploying the older ${ours} over them. Deploy ${shortSha(commit.sha)} ` +
          "or a later commit to finish it.",
        commit.sha,
      );
    }
  }
  return rollback;
}

function noteBasis(comparison: CommitComparison, deployed: string, log: Logger): void {
  if (comparison.basis === "time") {
    log.warn(
      `the deployed commit ${shortSha(deployed)} is not in this clone's history (a shallow clone?), so commits were ` +
        "ordered by commit time; fetch full history (actions/checkout with fetch-depth: 0) for an exact check",
    );
  }
}

/** The manifest this deploy writes: every rendered file with its MD5, size and dag_id. */
function nextManifest(request: SyncRequest, prefix: string, actions: readonly PlannedAction[], deployedAt: Date): Manifest {
  return {
    format: MANIFEST_FORMAT,
    repo: request.repo,
    project: request.project,
    prefix,
    commit: request.commit.sha,
    commitTime: request.commit.time.toISOString(),
    ...(request.releaseTag === undefined ? {} : { releaseTag: request.releaseTag }),
    deployedAt: deployedAt.toISOString(),
    dagshipVersion: request.dagshipVersion,
    files: Object.fromEntries(
      actions
        .filter((a) => a.action !== "delete")
        .map((a) => [a.path, { md5: a.md5 ?? "", size: a.size ?? 0, ...(a.dagId === undefined ? {} : { dagId: a.dagId }) }]),
    ),
  };
}

/** Whether two manifests record the same deployment (ignoring when it happened). */
function sameDeployment(a: Manifest, b: Manifest): boolean {
  const strip = (m: Manifest): string => new TextDecoder().decode(serializeManifest({ ...m, deployedAt: "" }));
  return strip(a) === strip(b);
}

/**
 * A newer deploy won while ours ran. Remove what we wrote that its manifest does not record,
 * each only at the generation we wrote (so nothing of the newer deploy is touched). Its manifest
 * may still be on its way (it writes it last): wait for it a while. Without it (the newer deploy
 * died too), our files stay, tagged with our older commit, and the next deploy removes them.
 */
async function cleanUpAfterLosing(context: ApplyContext, prefix: string, comparer: CommitComparer, waitMs: number): Promise<void> {
  const { store } = context;
  const manifestKey = prefix + MANIFEST_NAME;
  const ours = [...context.journal].filter(([key]) => key !== manifestKey);
  if (ours.length === 0) return;
  const deadline = Date.now() + waitMs;
  try {
    for (let pause = 50; ; pause = Math.min(pause * 2, 1_000)) {
      const current = await store.read(manifestKey);
      if (current !== undefined) {
        const winner = parseManifest(current.content, `${store.location}/${manifestKey}`, prefix);
        const { relation } = await comparer.compare({ sha: winner.commit, time: new Date(winner.commitTime) });
        if (relation === "behind") {
          for (const [key, generation] of ours) {
            if (winner.files[key.slice(prefix.length)] !== undefined) continue;
            await store.delete(key, { ifGenerationMatch: generation }).catch(() => undefined);
          }
          return;
        }
      }
      if (Date.now() + pause > deadline) break;
      await sleep(pause);
    }
    context.log.warn(
      `${ours.length} file(s) this deploy wrote stay in ${store.location}/${prefix} until the next deploy removes them ` +
        "(the newer deploy has not written its manifest yet)",
    );
  } catch (thrown) {
    // Best effort: the next deploy removes whatever is left.
    context.log.debug(`cleanup after losing to a newer deploy: ${messageOf(thrown)}`);
  }
}

async function conflictPause(attempt: number, deps: SyncDeps, why: string): Promise<void> {
  const maxAttempts = deps.maxAttempts ?? 10;
  if (attempt >= maxAttempts) {
    throw new UserError(
      `gave up after ${maxAttempts} attempts: ${why} every time (other deploys of this project keep running at ` +
        "the same moment). Nothing of theirs was overwritten; run the deploy again.",
    );
  }
  deps.log.info(`${why}; planning again (attempt ${attempt + 1} of ${maxAttempts})`);
  await sleep(Math.round(Math.random() * (deps.conflictDelayMs ?? 250) * Math.min(attempt, 4)));
}

/** Human summary of a sync: "no changes", or what changed, and the Airflow UI address. */
export function formatSummary(result: SyncResult): string {
  const head = `${result.project} -> ${result.location} @ ${shortSha(result.commit)}${result.releaseTag ? ` (${result.releaseTag})` : ""}`;
  const lines = [result.dryRun ? `${head} [dry run: nothing written]` : head];
  if (result.rollback && result.previous) lines.push(`  rollback from ${shortSha(result.previous.commit)}`);
  const skipped = result.actions.filter((a) => a.action === "skip").length;
  if (!result.changed) {
    lines.push(
      `  no changes (${skipped} file${skipped === 1 ? "" : "s"} unchanged)` +
        (result.manifestWritten && result.previous ? `; manifest ${result.dryRun ? "would record" : "now records"} ${shortSha(result.commit)}` : ""),
    );
  } else {
    const label: Record<string, string> = {
      new: "new",
      changed: "changed",
      missing: "restored",
      "modified-by-hand": "replaced",
      "replaces-leftover": "replaced",
      "no-longer-rendered": "deleted",
      leftover: "deleted",
    };
    for (const action of result.actions) {
      if (action.action === "skip") continue;
      const sign = action.action === "delete" ? "-" : action.reason === "new" ? "+" : "~";
      lines.push(`  ${sign} ${label[action.reason] ?? action.reason} ${action.path} (${describeReason(action)})`);
    }
    if (skipped > 0) lines.push(`  = ${skipped} unchanged`);
  }
  for (const warning of result.warnings) lines.push(`  warning: ${warning}`);
  if (result.airflowUri !== undefined) lines.push(`  Airflow UI: ${result.airflowUri}`);
  return lines.join("\n");
}

function describeReason(action: PlannedAction): string {
  switch (action.reason) {
    case "new":
      return "not deployed before";
    case "changed":
      return "render changed";
    case "missing":
      return "was missing from the destination";
    case "modified-by-hand":
      return "had been edited in the destination";
    case "replaces-leftover":
      return "left by an interrupted deploy";
    case "unchanged":
      return "unchanged";
    case "adopted":
      return "already in place";
    case "no-longer-rendered":
      return "no longer rendered";
    case "leftover":
      return "left by an interrupted deploy";
  }
}
