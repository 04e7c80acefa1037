/**
 * Commit order: a deploy never replaces a newer commit's files with an older commit's, except a
 * release-tag deploy or `dagship rollback`, which are rollbacks and say so.
 */
import { UserError } from "../errors.js";
import type { Logger } from "../log.js";
import { shortSha, type CommitComparer, type CommitComparison, type CommitRef } from "./history.js";
import type { Manifest } from "./manifest.js";
import type { SyncRequest } from "./request.js";
import { SupersededError } from "./superseded.js";

/** Where the check runs and what it may say. */
export interface OrderCheck {
  comparer: CommitComparer;
  log: Logger;
  /** The project's store location and prefix, for messages. */
  location: string;
  /** True after another deploy interfered: an older commit then lost a race, not a refusal. */
  contended: boolean;
}

/**
 * Refuse to deploy a commit older than the deployed one (or than one being deployed right now),
 * except for a release-tag deploy, which is a rollback and says so. Returns whether it is one.
 * @throws SupersededError when a newer deploy ran meanwhile, UserError for a plain older commit.
 */
export async function checkOrder(
  request: Pick<SyncRequest, "project" | "commit" | "releaseTag" | "origin">,
  manifest: Manifest | undefined,
  unrecorded: readonly CommitRef[],
  check: OrderCheck,
): Promise<boolean> {
  const { comparer, log, location } = check;
  const ours = shortSha(request.commit.sha);
  const onPurpose = request.releaseTag !== undefined || request.origin?.via === "rollback";
  let rollback = false;
  if (manifest !== undefined) {
    const comparison = await comparer.compare({ sha: manifest.commit, time: new Date(manifest.commitTime) });
    noteBasis(comparison, manifest.commit, log);
    if (comparison.relation === "behind") {
      if (onPurpose) {
        rollback = true;
        log.info(
          `rollback: deploying ${ours} (${request.origin?.via === "rollback" || request.releaseTag === undefined ? "dagship rollback" : `release tag ${request.releaseTag}`}) to ${location}, replacing the newer ` +
            `${shortSha(manifest.commit)} deployed at ${manifest.deployedAt}`,
        );
      } else if (check.contended) {
        throw new SupersededError(
          `${request.project}: a newer commit ${shortSha(manifest.commit)} was deployed to ${location} while this deploy of ` +
            `${ours} was running; this one stopped and left the newer files in place`,
          manifest.commit,
        );
      } else {
        throw new UserError(
          `refusing to deploy ${ours} to ${location}: the deployed commit ${shortSha(manifest.commit)} ` +
            `(deployed ${manifest.deployedAt}) is newer, and ${ours} is one of its ancestors, so this would roll it back. ` +
            `If this is an older run finishing late, nothing needs doing. To roll back on purpose, deploy a release tag of ${ours}, or run dagship rollback ${request.project} --to ${ours}.`,
        );
      }
    } else if (comparison.relation === "diverged") {
      log.warn(
        `${request.project}: ${ours} is not a descendant of the deployed ${shortSha(manifest.commit)} ` +
          "(deployed from another branch?); deploying it replaces that deploy",
      );
    } else if (comparison.basis === "absent") {
      // A full clone lacks the deployed commit: rewritten history, or a branch this clone lacks.
      // Ordering it by its recorded time could roll back a newer deploy; a release deploy replaces it on purpose.
      if (request.releaseTag === undefined) {
        throw new UserError(
          `refusing to deploy ${ours} to ${location}: the deployed commit ${shortSha(manifest.commit)} (deployed ` +
            `${manifest.deployedAt}) is not in this clone's history, so dagship cannot tell whether ${ours} is newer. ` +
            `Fetch it (git fetch origin ${manifest.commit}) and deploy again. If it is gone for good (history ` +
            `rewritten), deploy a release tag of ${ours} (--release-tag TAG, or push a tag), which replaces it on purpose.`,
        );
      }
      log.warn(
        `${request.project}: release ${request.releaseTag} replaces the deployed ${shortSha(manifest.commit)}, which is not ` + "in this clone's history",
      );
    } else if (comparison.relation === "unknown") {
      log.warn(`${request.project}: cannot tell whether ${ours} is newer than the deployed ${shortSha(manifest.commit)}`);
    }
  }
  if (onPurpose) return rollback;
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
