/** Losing a race: a newer commit deployed the project while an older deploy was running. */
import { messageOf, UserError } from "../errors.js";
import { sleep } from "../util/async.js";
import type { ApplyContext } from "./apply.js";
import type { CommitComparer } from "./history.js";
import { MANIFEST_NAME } from "./manifest.js";
import { readManifest } from "./snapshot.js";
import { storeCall } from "./store-call.js";

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

/**
 * A newer deploy won while ours ran. Remove what we wrote that its manifest does not record,
 * each only at the generation we wrote (so nothing of the newer deploy is touched). Its manifest
 * may still be on its way (it writes it last): wait for it a while. Without it (the newer deploy
 * died too), our files stay, tagged with our older commit, and the next deploy removes them.
 */
export async function cleanUpAfterLosing(context: ApplyContext, prefix: string, comparer: CommitComparer, waitMs: number): Promise<void> {
  const { store } = context;
  const manifestKey = prefix + MANIFEST_NAME;
  const ours = [...context.journal].filter(([key]) => key !== manifestKey);
  if (ours.length === 0) return;
  const deadline = Date.now() + waitMs;
  try {
    for (let pause = 50; ; pause = Math.min(pause * 2, 1_000)) {
      const winner = (await readManifest(context, prefix))?.manifest;
      if (winner !== undefined) {
        const { relation } = await comparer.compare({ sha: winner.commit, time: new Date(winner.commitTime) });
        if (relation === "behind") {
          for (const [key, generation] of ours) {
            if (winner.files[key.slice(prefix.length)] !== undefined) continue;
            await storeCall(context, "delete", key, () => store.delete(key, { ifGenerationMatch: generation })).catch((thrown: unknown) =>
              context.log.debug(`cleanup after losing to a newer deploy: ${messageOf(thrown)}`),
            );
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
