/**
 * The image stage of a deploy: each needed project's image built, reused or previewed, one after
 * the other, each outcome kept (a failed image fails the projects whose tasks run it, not the
 * others).
 */
import type { ImageReport } from "./deploy-report.js";
import { messageOf, UserError } from "./errors.js";
import { ensureProjectImage, previewProjectImage, type ImageDeps, type RegistryRef } from "./image/index.js";
import { runImageJobs } from "./image/concurrent.js";
import type { Logger } from "./log.js";
import type { Project } from "./project.js";

/** The deploy's settings the image stage reads (a `DeployOptions` is one). */
export interface ImageSettings {
  /** Without one, DAGs name local `PROJECT:dev` images and nothing is built. */
  registry?: RegistryRef;
  dryRun: boolean;
  noBuild: boolean;
  createRepository: boolean;
  releaseTag?: string;
  /** Image builds at once (`--jobs`); default the CPU count. */
  jobs?: number;
  buildArgs?: Readonly<Record<string, string>>;
}

/** The collaborators of the image stage (a `DeployDeps` is one). */
export interface ImageStageDeps {
  log: Logger;
  /** Docker, registry and credentials; required when a registry is given. */
  images?: ImageDeps | undefined;
}

/** A project's image, or why there is none. */
export type ImageOutcome =
  | {
      ok: true;
      report: ImageReport;
      /** The content tag (`ctx-<hash>`) the DAG's pod labels carry; absent for a local image. */
      contentTag?: string;
    }
  | { ok: false; message: string; internal: boolean };

/** A thrown value as a project's failure: a {@link UserError}'s message, else an internal error. Pure. */
export function failureOf(thrown: unknown): { message: string; internal: boolean } {
  if (thrown instanceof UserError) return { message: thrown.message, internal: false };
  return { message: `internal error: ${messageOf(thrown)}`, internal: true };
}

/** Build (or reuse, or in a dry run preview) one project's image. */
export async function projectImage(project: Project, options: ImageSettings, commit: string, deps: ImageStageDeps): Promise<ImageOutcome> {
  const name = project.name;
  if (options.registry === undefined) {
    return { ok: true, report: { reference: `${name}:dev`, action: "local", reason: "no registry given: the DAG names a local image" } };
  }
  if (!deps.images) throw new Error("a registry was given but no image collaborators were set up");
  const request = {
    project: name,
    contextDir: project.dir,
    registry: options.registry,
    commitSha: commit,
    noBuild: options.noBuild,
    createRepository: options.createRepository,
    ...(options.releaseTag !== undefined ? { releaseTag: options.releaseTag } : {}),
    ...(options.buildArgs !== undefined ? { buildArgs: options.buildArgs } : {}),
  };
  if (options.dryRun) {
    const preview = await previewProjectImage(request, deps.images);
    const reference = preview.reference ?? `${preview.image}:${preview.contentTag}`;
    const action = PREVIEW_ACTIONS[preview.plan.kind] ?? "unknown";
    return { ok: true, report: { reference, action, reason: preview.plan.reason }, contentTag: preview.contentTag };
  }
  const built = await ensureProjectImage(request, deps.images);
  return { ok: true, report: { reference: built.reference, action: built.action, reason: built.reason }, contentTag: built.contentTag };
}

// A fork's pull request has no registry access: any other plan says what is unknown rather than guess.
const PREVIEW_ACTIONS: Readonly<Record<string, ImageReport["action"]>> = { reuse: "would-reuse", build: "would-build", refuse: "refused" };

/** Every needed project's image, in order, each failure kept as an outcome. */
export async function projectImages(
  projects: readonly Project[],
  options: ImageSettings,
  commit: string,
  deps: ImageStageDeps,
): Promise<Map<string, ImageOutcome>> {
  const { log } = deps;
  // Concurrent, each project's log written whole in its own group; one failure never stops the others.
  const results = await runImageJobs(
    projects.map((project) => project.name),
    deps.images,
    { log, ...(options.jobs === undefined ? {} : { jobs: options.jobs }) },
    (_name, index, scope) => projectImage(projects[index] as Project, options, commit, { ...deps, ...scope }),
  );
  const outcomes = new Map<string, ImageOutcome>();
  for (const result of results) {
    let outcome: ImageOutcome;
    if (result.ok) outcome = result.value;
    else {
      const thrown = result.error;
      if (!(thrown instanceof UserError) && thrown instanceof Error && thrown.stack !== undefined) log.debug(thrown.stack);
      outcome = { ok: false, ...failureOf(thrown) };
    }
    if (outcome.ok) log.info(`${result.project}: ${outcome.report.action} ${outcome.report.reference} (${outcome.report.reason})`);
    else log.warn(`${result.project}: the image failed: ${outcome.message}`);
    outcomes.set(result.project, outcome);
  }
  return outcomes;
}
