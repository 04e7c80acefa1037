/**
 * `dagship rollback`: put an earlier deploy's render of a project back, byte for byte, from the
 * history its manifest keeps, through the same safe sync as every deploy (upload before delete,
 * the manifest last with a generation precondition).
 */
import { UserError } from "../errors.js";
import { unpackRender, type DeployHistory, type DeployRecord } from "../sync/deploy-record.js";
import { shortSha, type IGit } from "../sync/history.js";
import type { Logger } from "../log.js";
import { projectPrefix } from "../sync/prefix.js";
import type { RenderedFile } from "../sync/plan.js";
import type { RepositoryIdentity } from "../sync/identity.js";
import type { SyncRequest, SyncResult } from "../sync/request.js";
import { readManifest } from "../sync/snapshot.js";
import { syncProject } from "../sync/deploy-project.js";
import type { SyncTarget } from "../sync/target.js";
import { DEFAULT_RETRY, type RetryPolicy } from "../util/async.js";
import { deploysOf } from "./history.js";

/** The project has no manifest in the destination's folder of the repository. */
export class NeverDeployedError extends UserError {}

/** What to roll back, and where. */
export interface RollbackRequest {
  target: SyncTarget;
  repo: string;
  /** The repository rolling back: the prefix must be its own, as for every deploy. */
  identity: RepositoryIdentity;
  project: string;
  /** A full commit id, or an abbreviation of at least 7 hex digits. */
  to: string;
  dryRun?: boolean;
}

/** Collaborators of a rollback. */
export interface RollbackDeps {
  git: IGit;
  log: Logger;
  retry?: RetryPolicy;
}

/** `a1b2c3d (2024-05-01T10:00:00.000Z, v1.2.0)`: a deployed commit in a refusal's list. */
function described(record: DeployRecord): string {
  return `${shortSha(record.commit)} (deployed ${record.deployedAt}${record.releaseTag === undefined ? "" : `, ${record.releaseTag}`})`;
}

/**
 * The newest recorded deploy of the commit `to` names. Pure.
 * @throws UserError when `to` is no commit id, is ambiguous, or names a commit never deployed
 *   there (with the list of the ones that were).
 */
export function findDeploy(deploys: readonly DeployRecord[], to: string, where: string): DeployRecord {
  const wanted = to.trim().toLowerCase();
  if (!/^[0-9a-f]{7,64}$/.test(wanted)) throw new UserError(`--to ${JSON.stringify(to)} is not a commit id: give at least 7 hex digits of a deployed commit`);
  const matches = deploys.filter((record) => record.commit.startsWith(wanted));
  const commits = [...new Set(matches.map((record) => record.commit))];
  if (commits.length > 1) throw new UserError(`--to ${to} is ambiguous in ${where}: ${commits.map(shortSha).join(", ")}; give more digits`);
  const found = matches[0];
  if (found === undefined) {
    // Each commit once, as its newest deploy.
    const newest = new Map<string, DeployRecord>();
    for (const record of deploys) if (!newest.has(record.commit)) newest.set(record.commit, record);
    const listed = [...newest.values()].map(described);
    throw new UserError(
      `${shortSha(wanted)} was never deployed to ${where} (as far as its last ${deploys.length} deploy(s) go); ` +
        `deployed there: ${listed.join(", ") || "nothing"}`,
    );
  }
  return found;
}

/** The files of a recorded deploy, from the kept renders, each checked against its MD5. */
export function renderedFilesOf(record: DeployRecord, history: DeployHistory | undefined, where: string): RenderedFile[] {
  return Object.entries(record.files).map(([path, file]) => {
    const bytes = history === undefined ? undefined : unpackRender(history, file.md5);
    if (bytes === undefined) {
      throw new UserError(
        `the render of ${path} deployed from ${shortSha(record.commit)} to ${where} was not kept (deployed by dagship ${record.dagshipVersion}, ` +
          "before renders were recorded, or its record is damaged): deploy that commit again instead (a release tag of it)",
      );
    }
    return { path, content: bytes, ...(file.dagId === undefined ? {} : { dagId: file.dagId }) };
  });
}

/**
 * Redeploy exactly the render a project had when `to` was deployed: the same files, bytes and
 * pinned images, recorded as a rollback in the history.
 * @throws UserError when the project was never deployed there, or `to` never was.
 */
export async function rollbackProject(request: RollbackRequest, deps: RollbackDeps): Promise<SyncResult> {
  const { target, project } = request;
  const retry = deps.retry ?? DEFAULT_RETRY;
  const prefix = projectPrefix(target.dagsFolder, request.repo, project);
  const where = `${target.display} (${project})`;
  const read = await readManifest({ store: target.store, log: deps.log, retry }, prefix);
  if (read === undefined)
    throw new NeverDeployedError(`${project} was never deployed to ${target.display} (no manifest at ${target.store.location}/${prefix})`);
  const { manifest } = read;
  const record = findDeploy(deploysOf(manifest), request.to, where);
  const files = renderedFilesOf(record, manifest.history, where);
  deps.log.info(`${project}: rolling back ${target.display} from ${shortSha(manifest.commit)} to the render deployed from ${described(record)}`);
  const sync: SyncRequest = {
    repo: request.repo,
    identity: request.identity,
    project,
    files,
    commit: { sha: record.commit, time: new Date(record.commitTime) },
    ...(record.releaseTag === undefined ? {} : { releaseTag: record.releaseTag }),
    // The bytes are that version's render; the manifest says which dagship made them.
    dagshipVersion: record.dagshipVersion,
    images: record.images,
    origin: { via: "rollback", from: manifest.commit },
    ...(request.dryRun === true ? { dryRun: true } : {}),
  };
  return syncProject(sync, target, { git: deps.git, log: deps.log, retry });
}
