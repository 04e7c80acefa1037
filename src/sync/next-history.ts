/** The history the next manifest keeps: this deploy first, then the earlier ones, bounded. */
import { HISTORY_LIMIT, packRender, RENDER_BUDGET, type DeployHistory, type DeployRecord } from "./deploy-record.js";
import type { Manifest } from "./manifest.js";
import type { SyncRequest } from "./request.js";
import { md5Base64 } from "./store.js";

/** The record of the deploy a manifest describes (without `request`: no images, no origin). */
export function recordOf(manifest: Manifest, request: Pick<SyncRequest, "images" | "origin"> = {}): DeployRecord {
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
  const legacy = recordOf(previous);
  const sameAsCurrent = legacy.commit === current.commit && JSON.stringify(legacy.files) === JSON.stringify(current.files);
  return sameAsCurrent ? [] : [legacy];
}

/**
 * `next` with its history: this deploy first, then the earlier ones, at most {@link HISTORY_LIMIT},
 * and the bytes of the renders they name (this deploy's from `contents`, earlier ones from the
 * previous history), newest deploys first, within {@link RENDER_BUDGET}. Renders no kept deploy
 * names are dropped.
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
  let size = 0;
  for (const [index, deploy] of deploys.entries()) {
    const wanted: [string, string][] = [];
    for (const { md5 } of Object.values(deploy.files)) {
      if (renders[md5] !== undefined) continue;
      // Compressing is the costly part: a render kept already is taken as it is.
      const bytes = rendered.get(md5);
      const packed = kept[md5] ?? (bytes === undefined ? undefined : packRender(bytes));
      if (packed !== undefined) wanted.push([md5, packed]);
    }
    const more = wanted.reduce((sum, [, packed]) => sum + packed.length, 0);
    // A deploy's renders are kept whole or not at all: a rollback needs every file of it.
    if (index > 0 && size + more > RENDER_BUDGET) break;
    for (const [md5, packed] of wanted) renders[md5] = packed;
    size += more;
  }
  const history: DeployHistory = { deploys, renders };
  return { ...next, history };
}
