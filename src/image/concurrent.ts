/**
 * The image phase of many projects at once on one machine. Each project's log is kept apart and
 * written whole, as its own group, when that project finishes; a project's failure stops no other
 * project; builds and pushes each keep to their own limit.
 */
import { availableParallelism } from "node:os";
import { messageOf, UserError } from "../errors.js";
import type { Logger } from "../log.js";
import { createLimiter, type Limiter } from "../util/async.js";
import { settleLogged } from "../util/logged-jobs.js";
import type { DockerCommandManager } from "./docker.js";
import { ensureProjectImage, type ImageDeps, type ProjectImage, type ProjectImageRequest } from "./index.js";
import type { RegistryApi } from "./registry.js";

/**
 * Most pushes at once by default. Pushes share one uplink and one registry: more of them at once
 * only split the same bandwidth (each `docker push` already sends up to 5 layers in parallel, the
 * daemon's default max-concurrent-uploads) and make the registry's rate limit (HTTP 429) likelier,
 * while builds, bound by CPU and the daemon, keep scaling with the cores.
 */
export const DEFAULT_MAX_PUSHES = 4;

/** How the image jobs of a run are spread. */
export interface ImageJobOptions {
  /** Builds at once; default the CPU count (`os.availableParallelism()`). */
  readonly jobs?: number;
  /** `docker push`es and registry manifest writes at once; default min(jobs, {@link DEFAULT_MAX_PUSHES}). */
  readonly pushes?: number;
  /** The run's log: each project's group is written to it whole when the project finishes. */
  readonly log: Logger;
  /** Title of a project's log group; default `Image of PROJECT`. */
  readonly title?: (project: string) => string;
}

/** One project's outcome, in the order the projects were given. */
export type ProjectOutcome<R> =
  | { readonly project: string; readonly ok: true; readonly value: R }
  | { readonly project: string; readonly ok: false; readonly error: unknown };

/** What one project's job works with: its own log, and image collaborators that keep the run's limits. */
export interface ImageJobScope {
  readonly log: Logger;
  /** Undefined when the run was given none (no registry: nothing is built). */
  readonly images: ImageDeps | undefined;
}

/** The limits of a run, resolved: every one a positive integer. */
export interface ImageJobLimits {
  readonly jobs: number;
  readonly pushes: number;
  /** Projects in progress at once: enough that projects waiting for a push never hold back a build. */
  readonly projects: number;
}

/**
 * The limits `options` ask for, with the defaults filled in. The entry points check what users
 * typed; a limit that is not a positive integer here is refused when the run starts (RangeError).
 */
export function imageJobLimits(options: Pick<ImageJobOptions, "jobs" | "pushes">, cpus: number = availableParallelism()): ImageJobLimits {
  const jobs = options.jobs ?? Math.max(1, cpus);
  const pushes = options.pushes ?? Math.min(jobs, DEFAULT_MAX_PUSHES);
  // At most `pushes` projects can be waiting for or holding a push slot, so `jobs` more can
  // always be preparing or building.
  return { jobs, pushes, projects: jobs + pushes };
}

function limitedDocker(docker: DockerCommandManager, builds: Limiter, pushes: Limiter): DockerCommandManager {
  // With buildx the build pushes its own image, so there the build limit bounds that push.
  return {
    builder: () => docker.builder(),
    login: (host, username, password) => docker.login(host, username, password),
    build: (command, context, onLine) => builds.run(() => docker.build(command, context, onLine)),
    push: (image, tag, onLine) => pushes.run(() => docker.push(image, tag, onLine)),
    exec: (command, options) => docker.exec(command, options),
  };
}

function limitedRegistry(client: RegistryApi, pushes: Limiter): RegistryApi {
  return {
    getManifest: (repository, reference) => client.getManifest(repository, reference),
    putManifest: (repository, tag, manifest) => pushes.run(() => client.putManifest(repository, tag, manifest)),
    listTags: (repository) => client.listTags(repository),
  };
}

/**
 * Runs `work` for every project, several at once (see {@link ImageJobOptions}), and returns every
 * project's outcome in the order of `projects`: a failure stops no other project. Each project's
 * job logs into its own buffer, which is written to `options.log` as one group when the job ends,
 * failed or not; so are the lines the shared collaborators of `deps` write for it.
 */
export async function runImageJobs<R>(
  projects: readonly string[],
  deps: ImageDeps | undefined,
  options: ImageJobOptions,
  work: (project: string, index: number, scope: ImageJobScope) => Promise<R>,
): Promise<ProjectOutcome<R>[]> {
  const limits = imageJobLimits(options);
  const builds = createLimiter(limits.jobs);
  const pushes = createLimiter(limits.pushes);
  const { log } = options;
  const title = options.title ?? ((project: string) => `Image of ${project}`);
  // Groups appear only as projects finish: say up front what is under way.
  if (projects.length > 1) {
    log.info(
      `images of ${projects.length} projects: up to ${limits.jobs} builds and ${limits.pushes} pushes at once; each project's log follows when it is done`,
    );
  }

  const settled = await settleLogged(projects, limits.projects, { log, title }, (project, index, buffer) => {
    const images: ImageDeps | undefined = deps && {
      ...deps,
      logger: buffer,
      docker: limitedDocker(deps.docker, builds, pushes),
      registryClient: (registry, credentials) => limitedRegistry(deps.registryClient(registry, credentials), pushes),
    };
    return work(project, index, { log: buffer, images });
  });
  return settled.map((outcome, index) => {
    const project = projects[index] as string;
    return outcome.status === "fulfilled" ? { project, ok: true, value: outcome.value } : { project, ok: false, error: outcome.reason as unknown };
  });
}

/**
 * Every project's image, built or reused through {@link ensureProjectImage}, several at once;
 * see {@link runImageJobs}. Outcomes come in the order of `requests`.
 */
export function buildProjectImages(
  requests: readonly ProjectImageRequest[],
  deps: ImageDeps,
  options: ImageJobOptions,
): Promise<ProjectOutcome<ProjectImage>[]> {
  return runImageJobs(
    requests.map((request) => request.project),
    deps,
    options,
    (_project, index, scope) => ensureProjectImage(requests[index] as ProjectImageRequest, scope.images as ImageDeps),
  );
}

function indented(text: string): string {
  return text
    .split("\n")
    .map((line, index) => (index === 0 || line.trim() === "" ? line.trim() : `    ${line}`))
    .join("\n");
}

/**
 * The values of `outcomes`, when every project succeeded.
 * @throws UserError listing every project's outcome (`describe` of a success, the error of a
 *   failure) when any failed; a plain Error when a failure is not the user's to fix (a bug).
 */
export function valuesOrThrow<R>(outcomes: readonly ProjectOutcome<R>[], describe: (value: R) => string): R[] {
  const failures = outcomes.flatMap((outcome) => (outcome.ok ? [] : [outcome.error]));
  if (failures.length === 0) return outcomes.map((outcome) => (outcome as { value: R }).value);
  const lines = outcomes.map((outcome) =>
    outcome.ok ? `  ${outcome.project}: ${describe(outcome.value)}` : `  ${outcome.project}: FAILED: ${indented(messageOf(outcome.error))}`,
  );
  const message = `the image of ${failures.length} of ${outcomes.length} project(s) failed; every project's outcome:\n${lines.join("\n")}`;
  if (failures.every((failure) => failure instanceof UserError)) {
    throw new UserError(
      message,
      failures.flatMap((failure) => failure.problems),
    );
  }
  throw new Error(message, { cause: failures.find((failure) => !(failure instanceof UserError)) });
}
