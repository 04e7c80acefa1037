/**
 * Promotion: deploy to one environment exactly the image digests another runs. For every project
 * the source environment's manifest is read, and the newest deploy in its history at or before
 * the deployed commit gives the images its DAG pinned; those are rendered into this
 * environment's DAG, and nothing is built, tagged or pushed.
 */
import type { Promotion } from "../deploy.js";
import { UserError } from "../errors.js";
import { CliChangeGit, projectsTouched, type ChangeGit } from "../github/changes.js";
import type { GlobTarget } from "../github/glob.js";
import type { Logger } from "../log.js";
import { DEFAULT_RETRY, type RetryPolicy } from "../util/async.js";
import type { DeployRecord, RecordedImage } from "../sync/deploy-record.js";
import { checkedOutCommit, CommitComparer, shortSha, type CommitRelation, type IGit } from "../sync/history.js";
import { projectPrefix } from "../sync/prefix.js";
import { readManifest } from "../sync/snapshot.js";
import { openTarget, type OpenTargetOptions, type SyncTarget } from "../sync/target.js";
import type { EnvironmentConfig } from "./config.js";

/** What a promotion reads. */
export interface PromotionRequest {
  /** The source environment's name, for messages and the history. */
  from: string;
  /** The source environment's destination, opened. */
  source: SyncTarget;
  /** The middle of every project's prefix there (as in this deploy). */
  repo: string;
  /** The projects to deploy. */
  projects: readonly string[];
  /** Every project of the repository with its folder relative to the work folder (forward slashes). */
  folders: readonly GlobTarget[];
  /** The commit being deployed (checked out), with its committer time. */
  commit: { sha: string; time: Date };
}

/** The outside world of a promotion. */
export interface PromotionDeps {
  log: Logger;
  /** Commit order, as sync asks it. */
  git: IGit;
  /** What changed since a commit, as change detection asks it. */
  changes: ChangeGit;
  retry?: RetryPolicy;
}

/** Why a record can or cannot stand for the deployed commit. */
export type RecordChoice = { kind: "found"; record: DeployRecord; exact: boolean } | { kind: "none"; why: string };

/**
 * The newest deploy (history order) of a commit the deployed one is or descends from: what the
 * source environment ran as of that commit. Pure over the relations of the recorded commits.
 */
export function chooseRecord(deploys: readonly DeployRecord[], relationOf: (commit: string) => CommitRelation): RecordChoice {
  for (const record of deploys) {
    const relation = relationOf(record.commit);
    if (relation === "same" || relation === "ahead") return { kind: "found", record, exact: relation === "same" };
  }
  const newest = deploys[0];
  return {
    kind: "none",
    why:
      newest === undefined
        ? "it has no deploy of it"
        : `none of its last ${deploys.length} deploy(s) is of this commit or an ancestor (it runs ${shortSha(newest.commit)}, deployed ${newest.deployedAt}: newer, or from another branch)`,
  };
}

/** An image the history recorded that names no digest (a deploy without a registry) cannot be promoted. */
function undigested(images: Readonly<Record<string, RecordedImage>>): string[] {
  return Object.values(images)
    .map((image) => image.reference)
    .filter((reference) => !/@sha256:[0-9a-f]{64}$/.test(reference));
}

/**
 * Per project, the images the source environment's DAG of it pins as of the deployed commit.
 * Refused, for every project at once, when the source never deployed a project, deployed it only
 * from a later or unrelated commit, recorded no digests, or ran it from an earlier commit after
 * which the project (or a project whose image it uses) changed: the promotion would then deploy
 * images the source never ran with this commit's DAG.
 * @throws UserError naming each project and the fix.
 */
export async function promotedImages(request: PromotionRequest, deps: PromotionDeps): Promise<Promotion> {
  const context = { store: request.source.store, log: deps.log, retry: deps.retry ?? DEFAULT_RETRY };
  const comparer = new CommitComparer(deps.git, request.commit);
  const folders = new Map(request.folders.map((project) => [project.name, project]));
  const refusals: string[] = [];
  const byProject: Record<string, Record<string, RecordedImage>> = {};
  const source = `${request.from} (${request.source.display})`;

  const found = await Promise.all(
    request.projects.map(async (name) => ({ name, read: await readManifest(context, projectPrefix(request.source.dagsFolder, request.repo, name)) })),
  );
  for (const { name, read } of found) {
    if (read === undefined) {
      refusals.push(`${name}: ${source} has never deployed it; deploy it there first`);
      continue;
    }
    const deploys = read.manifest.history?.deploys;
    if (deploys === undefined) {
      refusals.push(`${name}: ${source} recorded no image digests (its manifest predates deploy histories); deploy it there again first`);
      continue;
    }
    const relations = new Map<string, CommitRelation>();
    for (const record of deploys) relations.set(record.commit, (await comparer.compare({ sha: record.commit, time: new Date(record.commitTime) })).relation);
    const choice = chooseRecord(deploys, (commit) => relations.get(commit) ?? "unknown");
    if (choice.kind === "none") {
      refusals.push(`${name}: ${source} cannot be promoted to ${shortSha(request.commit.sha)}: ${choice.why}`);
      continue;
    }
    const { record } = choice;
    const local = undigested(record.images);
    if (local.length > 0) {
      refusals.push(`${name}: ${source} runs ${local.join(", ")}, not an image pinned by digest (deployed without a registry): there is nothing to promote`);
      continue;
    }
    if (!choice.exact) {
      const changed = await changedSince(record.commit, [name, ...Object.keys(record.images)], folders, deps.changes);
      if (changed === undefined) {
        deps.log.warn(
          `${name}: ${request.from} runs it from ${shortSha(record.commit)}, an earlier commit; this clone cannot tell whether it changed since ` +
            "(a shallow clone? actions/checkout with fetch-depth: 0 lets dagship check)",
        );
      } else if (changed.length > 0) {
        refusals.push(
          `${name}: ${request.from} runs it from ${shortSha(record.commit)}, and ${changed.join(", ")} changed after that commit: ` +
            `${request.from} never ran this commit's version. Deploy ${shortSha(request.commit.sha)} to ${request.from} first`,
        );
        continue;
      }
    }
    deps.log.info(
      `${name}: promoting what ${request.from} runs from ${shortSha(record.commit)} (deployed ${record.deployedAt}): ${Object.values(record.images)
        .map((image) => image.reference)
        .join(", ")}`,
    );
    byProject[name] = { ...record.images };
  }
  if (refusals.length > 0) {
    throw new UserError(`cannot promote from ${request.from}; nothing was deployed:\n  ${refusals.join("\n  ")}`);
  }
  return { from: request.from, byProject };
}

/** What a promotion deploys: the checked-out commit of a work tree, for some of its projects. */
export interface PromotionScope {
  /** The git work tree whose checked-out commit is deployed. */
  repoRoot: string;
  /** The middle of every project's prefix, in the source environment as in this deploy. */
  repo: string;
  /** The projects to deploy. */
  projects: readonly string[];
  /** Every project of the repository with its folder relative to `repoRoot`. */
  folders: readonly GlobTarget[];
}

/**
 * The promotion from `source` of the scope's projects as of the checked-out commit: the source's
 * destination opened, and {@link promotedImages} of it, in a log group. The CLI's `--env` and
 * the action's environment both promote through here.
 * @throws UserError when the work tree has no commit, or the promotion is refused
 */
export async function promotionFrom(
  source: EnvironmentConfig,
  scope: PromotionScope,
  deps: { log: Logger; git: IGit; target?: OpenTargetOptions | undefined },
): Promise<Promotion> {
  const commit = await checkedOutCommit(scope.repoRoot, deps.git);
  const target = await openTarget(source.destination.parsed, deps.log, deps.target ?? {});
  return deps.log.group(`Promote from ${source.name} (${target.display})`, () =>
    promotedImages(
      { from: source.name, source: target, repo: scope.repo, projects: scope.projects, folders: scope.folders, commit },
      { log: deps.log, git: deps.git, changes: new CliChangeGit(scope.repoRoot) },
    ),
  );
}

/** The given projects with files changed since `commit` (an ancestor of the checkout); undefined when git cannot tell. */
async function changedSince(commit: string, names: readonly string[], folders: ReadonlyMap<string, GlobTarget>, git: ChangeGit): Promise<string[] | undefined> {
  if (!(await git.hasCommit(commit))) return undefined;
  const targets = [...new Set(names)].map((name) => folders.get(name)).filter((target) => target !== undefined);
  return projectsTouched(await git.changedFiles(commit), targets);
}
