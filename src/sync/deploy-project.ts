/**
 * Deploying one project's rendered DAG files to a DAG folder (a bucket prefix or a local folder)
 * incrementally and safely.
 *
 * One deploy: list the project's prefix and read its manifest (at once; or start from what the
 * checks before the deploy read of it a moment ago) -> check the commit order with git (refuse
 * an older commit unless it is a release-tag rollback) -> plan (pure) -> upload changed files,
 * then delete dropped ones, then write the manifest, every write and delete conditional on the
 * generation seen when planning.
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
import { UserError } from "../errors.js";
import { DEFAULT_RETRY, sleep } from "../util/async.js";
import { applyPlan, type ApplyContext } from "./apply.js";
import { CommitComparer, type CommitRelation } from "./history.js";
import { MANIFEST_NAME, META, serializeManifest, type Manifest } from "./manifest.js";
import { withHistory } from "./next-history.js";
import { nextManifest, sameDeployment } from "./next-manifest.js";
import { checkOrder } from "./order.js";
import { assertMayDeploy } from "./ownership.js";
import { contentBytes, planSync, unrecordedCommits, type Plan } from "./plan.js";
import { projectPrefix } from "./prefix.js";
import type { SyncDeps, SyncRequest, SyncResult } from "./request.js";
import { readSnapshot, type ObservedSnapshot, type Snapshot } from "./snapshot.js";
import { StoreError } from "./store.js";
import { cleanUpAfterLosing, SupersededError } from "./superseded.js";
import type { SyncTarget } from "./target.js";

/**
 * How recent a snapshot the checks before a deploy read must be for a sync to start from it
 * rather than read the prefix again. The preconditions catch every deploy that wrote files this
 * one writes or the manifest in between, but not one that only skipped a file this one then
 * replaces (a newer commit undoing this one's change to it, see the module's comment): that
 * window must stay as short as a sync's own read-to-write time with a retried request. A few
 * seconds covers looking images up or reusing them; a build takes longer, and then two more
 * round trips are nothing beside it.
 */
export const REUSE_OBSERVED_MS = 5_000;

/**
 * Projects synced at once by default. Their prefixes are independent and a sync is a few small
 * requests, each waiting on the network: with many projects (every project of a monorepo after
 * a change of their shared settings) round trips, not bandwidth, are the cost. Each sync keeps
 * its own limit of uploads in flight.
 */
export const PROJECT_SYNCS_AT_ONCE = 16;

/**
 * Deploy one project's rendered DAG files: plan against the destination, then apply (unless
 * `dryRun`). Concurrent deploys of the same project are settled by generation preconditions:
 * when one interferes, this one re-plans; a newer commit always ends up deployed, and an older
 * one stops with {@link SupersededError}.
 *
 * `observed`, what the checks before the deploy read of the prefix, saves reading it again when
 * it is recent (see {@link REUSE_OBSERVED_MS}): the plan's preconditions are then on the
 * generations it saw, so a deploy that wrote in between fails them and this one plans again
 * from a fresh read, as it would after any race.
 * @throws UserError for refusals (older commit without a release tag, files it does not own in
 *   the way, corrupt manifest) and for storage failures, with the fix.
 */
export async function syncProject(request: SyncRequest, target: SyncTarget, deps: SyncDeps, observed?: ObservedSnapshot): Promise<SyncResult> {
  const { log, git } = deps;
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
    retry: deps.retry ?? DEFAULT_RETRY,
    concurrency: deps.concurrency ?? 8,
    journal: new Map(),
    metadata: {
      [META.owner]: prefix,
      [META.repository]: request.identity.id,
      [META.project]: request.project,
      [META.commit]: request.commit.sha,
      [META.commitTime]: request.commit.time.toISOString(),
      [META.version]: request.dagshipVersion,
    },
  };
  const location = `${store.location}/${prefix}`;
  const reusable = observed !== undefined && performance.now() - observed.observedAt < (deps.reuseObservedMs ?? REUSE_OBSERVED_MS);
  for (let attempt = 1; ; attempt++) {
    const snapshot: Snapshot | undefined = attempt === 1 && reusable ? observed : await readSnapshot(context, prefix, comparer);
    if (snapshot === undefined) {
      await conflictPause(attempt, deps, `${manifestKey} changed while being read`);
      continue;
    }
    const { manifest } = snapshot;
    // Whose the prefix is comes first: nothing of another repository's is ever planned over.
    const ownership = await assertMayDeploy(manifest, { location, repo: request.repo, identity: request.identity }, comparer);
    if (ownership?.kind === "adoptable" && attempt === 1) {
      log.info(
        `${request.project}: ${location} was deployed by dagship ${manifest?.dagshipVersion ?? "?"}, which recorded no repository; this deploy records ${request.identity.id}`,
      );
    }
    // Only objects written after the last manifest can be newer deploys' or leftovers.
    const unrecorded = unrecordedCommits(snapshot.objects, manifest, prefix);

    let rollback: boolean;
    try {
      rollback = await checkOrder(request, manifest, unrecorded, { comparer, log, location, contended: attempt > 1 });
    } catch (thrown) {
      if (thrown instanceof SupersededError) await cleanUpAfterLosing(context, prefix, comparer, deps.loserWaitMs ?? 30_000);
      throw thrown;
    }

    const relations = new Map<string, CommitRelation>();
    for (const commit of unrecorded) relations.set(commit.sha, (await comparer.compare(commit)).relation);
    const plan = planSync({ prefix, rendered, manifest, remote: snapshot.objects, relationOf: (sha) => relations.get(sha) });
    const next = withHistory(nextManifest(request, prefix, plan.actions, now()), manifest, request, contents);
    const changed = plan.actions.some((a) => a.action !== "skip");
    const manifestNeeded = changed || manifest === undefined || !sameDeployment(manifest, next);
    const result = resultOf(request, target, { prefix, location, manifest, plan, rollback, changed, manifestNeeded, attempt });
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
      await applyPlan(plan, contents, { key: manifestKey, bytes: serializeManifest(next), ifGenerationMatch: snapshot.manifestGeneration }, context);
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

/** One planning round's findings, as {@link resultOf} reports them. */
interface Round {
  prefix: string;
  location: string;
  manifest: Manifest | undefined;
  plan: Plan;
  rollback: boolean;
  changed: boolean;
  manifestNeeded: boolean;
  attempt: number;
}

function resultOf(request: SyncRequest, target: SyncTarget, round: Round): SyncResult {
  const { manifest } = round;
  return {
    project: request.project,
    prefix: round.prefix,
    location: round.location,
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
    rollback: round.rollback,
    dryRun: request.dryRun === true,
    actions: round.plan.actions,
    changed: round.changed,
    manifestWritten: round.manifestNeeded,
    warnings: [...round.plan.warnings],
    attempts: round.attempt,
    ...(target.composer?.airflowUri === undefined ? {} : { airflowUri: target.composer.airflowUri }),
  };
}

/** Between rounds when another deploy interfered: a growing random pause, or give up. */
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
