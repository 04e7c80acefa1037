/**
 * Where a deploy's images come from: a promotion (the digests another environment runs), the
 * fan-out's build jobs (digests given, checked and completed read-only from the registry), or the
 * image stage here (built, reused or previewed). Each needed project ends with an outcome.
 */
import { imageProjects } from "./dagfile/model.js";
import { projectImages, type ImageOutcome, type ImageSettings, type ImageStageDeps } from "./deploy-image.js";
import type { Compiled, Promotion } from "./deploy-stages.js";
import { UserError } from "./errors.js";
import { pinImages } from "./image/pinned.js";

/** The deploy's settings the choice of images reads (a `DeployOptions` is one). */
export interface ImageSourceSettings extends ImageSettings {
  projects?: readonly string[];
  /** Project -> `image@sha256:...` pushed by the build jobs. */
  pinnedImages?: Readonly<Record<string, string>>;
  promotion?: Promotion;
}

/** Every needed image's outcome: promoted, given by the build jobs, or built (or reused) here. */
export async function imageOutcomes(
  neededEntries: readonly Compiled[],
  selected: readonly Compiled[],
  options: ImageSourceSettings,
  commitSha: string,
  deps: ImageStageDeps,
): Promise<Map<string, ImageOutcome>> {
  if (options.promotion !== undefined) return promotedImageOutcomes(selected, options.promotion);
  if (options.pinnedImages !== undefined)
    return deps.log.group("Images from the build jobs", () => pinnedImageOutcomes(neededEntries, selected, options, commitSha, deps));
  return projectImages(
    neededEntries.map((entry) => entry.project),
    options,
    commitSha,
    deps,
  );
}

/**
 * A promotion's images: each deployed project's own image as the source environment runs it.
 * The images its tasks borrow come with it ({@link Promotion.byProject}), never from the registry.
 * @throws UserError when the promotion names no image of a deployed project.
 */
function promotedImageOutcomes(selected: readonly Compiled[], promotion: Promotion): Map<string, ImageOutcome> {
  const outcomes = new Map<string, ImageOutcome>();
  for (const entry of selected) {
    const name = entry.project.name;
    const own = promotion.byProject[name]?.[name];
    if (own === undefined) throw new UserError(`${name}: the promotion from ${promotion.from} names no image of it; nothing was deployed`);
    outcomes.set(name, {
      ok: true,
      report: { reference: own.reference, action: "promoted", reason: `the digest ${promotion.from} runs, not rebuilt` },
      ...(own.tag === undefined ? {} : { contentTag: own.tag }),
    });
  }
  return outcomes;
}

/** The images of a deploy given its images (`pinnedImages`): checked and looked up, read-only. */
async function pinnedImageOutcomes(
  neededEntries: readonly Compiled[],
  selected: readonly Compiled[],
  options: ImageSourceSettings,
  commitSha: string,
  deps: ImageStageDeps,
): Promise<Map<string, ImageOutcome>> {
  if (options.registry === undefined || !deps.images) throw new UserError("images were given (digests) without a registry: set the registry input");
  const named = new Set(options.projects ?? selected.map((entry) => entry.project.name));
  const needed = neededEntries.map((entry) => {
    const name = entry.project.name;
    const usedBy = selected.filter((user) => user.project.name !== name && imageProjects(user.dag).includes(name)).map((user) => user.project.name);
    return { project: name, contextDir: entry.project.dir, required: named.has(name), usedBy };
  });
  const request = {
    registry: options.registry,
    commitSha,
    given: options.pinnedImages ?? {},
    needed,
    ...(options.buildArgs === undefined ? {} : { buildArgs: options.buildArgs }),
  };
  const pinned = await pinImages(request, deps.images);
  return new Map(
    [...pinned].map(([project, image]): [string, ImageOutcome] => [
      project,
      { ok: true, report: { reference: image.reference, action: image.source === "given" ? "pinned" : "looked-up", reason: image.reason } },
    ]),
  );
}
