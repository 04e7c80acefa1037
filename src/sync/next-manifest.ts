/** The manifest a deploy writes, and whether it records anything the last one did not. */
import { MANIFEST_FORMAT, serializeManifest, type Manifest } from "./manifest.js";
import type { PlannedAction } from "./plan.js";
import type { SyncRequest } from "./request.js";

/** The manifest this deploy writes: every rendered file with its MD5, size and dag_id. */
export function nextManifest(
  request: Pick<SyncRequest, "repo" | "identity" | "project" | "commit" | "releaseTag" | "dagshipVersion">,
  prefix: string,
  actions: readonly PlannedAction[],
  deployedAt: Date,
): Manifest {
  return {
    format: MANIFEST_FORMAT,
    repository: request.identity.id,
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

/**
 * Whether two manifests record the same deployment (ignoring when it happened, and the history,
 * which differs only by that). One without a history is rewritten once to start it.
 */
export function sameDeployment(a: Manifest, b: Manifest): boolean {
  const strip = ({ history: _history, ...m }: Manifest): string => new TextDecoder().decode(serializeManifest({ ...m, deployedAt: "" }));
  return (a.history === undefined) === (b.history === undefined) && strip(a) === strip(b);
}
