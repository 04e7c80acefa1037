/** The history the next manifest keeps: this deploy first, then the earlier ones, bounded. */
import { HISTORY_LIMIT, packRender, type DeployHistory, type DeployRecord } from "./deploy-record.js";
import type { Manifest } from "./manifest.js";
import type { SyncRequest } from "./request.js";
import { md5Base64 } from "./store.js";

/** The record of the deploy a manifest describes. */
function recordOf(manifest: Manifest, request: Pick<SyncRequest, "images" | "origin">): DeployRecord {
  return {
    commit: manifest.commit,
    commitTime: manifest.commitTime,
    deployedAt: manifest.deployedAt,
    ...(manifest.releaseTag === undefined ? {} : { releaseTag: manifest.releaseTag }),
    dagshipVersion: manifest.dagshipVersion,
    files: Object.fromEntries(
      Object.entries(manifest.files).map(([path, file]) => [path, { md5: file.md5, ...(file.dagId === undefined ? {} : { dagId: file.dagId }) }]),
    ),
    images: { ...(request.images ?? {}) },
    ...(request.origin === undefined ? {} : { origin: request.origin }),
  };
}

/**
 * The deploys the previous manifest recorded. One written before histories were kept stands for
 * its own deploy alone, without images; its render is kept only if this deploy renders the same
 * bytes (then they are known).
 */
function earlierDeploys(previous: Manifest | undefined, current: DeployRecord): DeployRecord[] {
  if (previous === undefined) return [];
  if (previous.history !== undefined) return previous.history.deploys;
  const legacy = recordOf(previous, {});
  const sameAsCurrent = legacy.commit === current.commit && JSON.stringify(legacy.files) === JSON.stringify(current.files);
  return sameAsCurrent ? [] : [legacy];
}

/**
 * `next` with its history: this deploy first, then the earlier ones, at most {@link HISTORY_LIMIT},
 * and the bytes of exactly the renders they name (this deploy's from `contents`, earlier ones
 * from the previous history). Renders dropped with their deploys go with them.
 */
export function withHistory(
  next: Manifest,
  previous: Manifest | undefined,
  request: Pick<SyncRequest, "images" | "origin">,
  contents: ReadonlyMap<string, Uint8Array>,
): Manifest {
  const current = recordOf(next, request);
  const deploys = [current, ...earlierDeploys(previous, current)].slice(0, HISTORY_LIMIT);
  const rendered = new Map<string, Uint8Array>();
  for (const bytes of contents.values()) rendered.set(md5Base64(bytes), bytes);
  const kept = previous?.history?.renders ?? {};
  const renders: Record<string, string> = {};
  for (const md5 of new Set(deploys.flatMap((deploy) => Object.values(deploy.files).map((file) => file.md5)))) {
    // Compressing is the costly part: a render kept already is taken as it is.
    const bytes = rendered.get(md5);
    const packed = kept[md5] ?? (bytes === undefined ? undefined : packRender(bytes));
    if (packed !== undefined) renders[md5] = packed;
  }
  const history: DeployHistory = { deploys, renders };
  return { ...next, history };
}
