/**
 * The fan-out workflow's jobs besides the deploy: the plan job (the changed projects as the build
 * jobs' matrix) and a build job (one project's image, built and pushed on its own runner). The
 * deploy job is the usual deploy run, given the build jobs' images (`digests`), which it checks
 * here before anything else.
 */
import { ensureProjectImage } from "../image/index.js";
import { deployImageDeps } from "../deploy-deps.js";
import { didYouMean } from "../dagfile/suggest.js";
import { UserError } from "../errors.js";
import type { RunnerEnvironment } from "../github/environment.js";
import type { ActivePlan } from "../github/event.js";
import { InputError, type ActionSettings } from "../github/inputs.js";
import { buildJobOutputs, planJobOutputs } from "../github/outputs.js";
import type { Logger } from "../log.js";
import { discoverProjects } from "../project.js";
import { CliGit } from "../sync/index.js";
import type { Cleanups } from "./cleanups.js";
import type { RunScope } from "./context.js";
import { authenticate } from "./google.js";
import { writeOutputs, type ActionIo } from "./io.js";

/** The most jobs one GitHub Actions matrix can hold. */
export const MATRIX_LIMIT = 256;

/**
 * The plan job: the changed projects, found exactly as the deploy job finds them, as a matrix.
 * @throws UserError when more projects must be built than a matrix can hold.
 */
export async function planJob(io: ActionIo, plan: ActivePlan, scope: RunScope, promotesFrom?: string): Promise<void> {
  const outputs = planJobOutputs({ plan, changed: scope.toRun, changedWhy: scope.changed.why }, promotesFrom);
  if (outputs["build-needed"] === "true" && scope.toRun.length > MATRIX_LIMIT) {
    throw new UserError(
      `${scope.toRun.length} projects changed, more than the ${MATRIX_LIMIT} jobs a GitHub Actions matrix can hold: deploy this push with the single-job workflow (dagship.yml, whose builds run concurrently on one runner), or narrow the projects input per workflow`,
    );
  }
  writeOutputs(io, outputs);
  const names = scope.toRun.join(", ") || "none";
  await io.summary(
    `dagship plan: ${plan.why}. ${outputs["build-needed"] === "true" ? `Images to build, one job each: ${names}.` : `No build jobs (changed: ${names}${promotesFrom === undefined ? "" : `; the environment promotes what ${promotesFrom} runs`}).`}\n`,
  );
}

/** What a build job needs besides its inputs. */
export interface BuildJobContext {
  io: ActionIo;
  settings: ActionSettings;
  runner: RunnerEnvironment;
  plan: ActivePlan;
  cleanups: Cleanups;
}

/**
 * A build job: the `project` input's image, built and pushed (or, with an identical build
 * context in the registry, tagged), for the deploy job to pin. A dry run or a release builds
 * nothing.
 * @throws InputError when `project` names no project of the working directory.
 */
export async function buildJob(ctx: BuildJobContext): Promise<void> {
  const { io, settings, runner, plan } = ctx;
  const name = settings.project;
  if (name === undefined) throw new Error("mode: build without a project passed the input checks");
  const projects = await discoverProjects(settings.workingDirectory);
  const project = projects.find((candidate) => candidate.name === name);
  if (project === undefined) {
    const names = projects.map((candidate) => candidate.name);
    throw new InputError(
      "project",
      `${JSON.stringify(name)} is not a project of ${settings.workingDirectory}. Projects: ${names.join(", ") || "none"}.${didYouMean(name, names)}`,
    );
  }
  const facts = { plan, changed: [name], changedWhy: `the project input: ${name}` };
  if (plan.kind !== "deploy") {
    io.log.info(
      plan.kind === "release" ? "a release deploys the images the tagged commit deployed: nothing to build" : "a dry run: nothing is built or pushed",
    );
    writeOutputs(io, buildJobOutputs(facts, name, undefined));
    return;
  }
  const google = await authenticate(settings, runner, plan, io, ctx.cleanups);
  const commitSha = await new CliGit(settings.workingDirectory).headSha();
  const images = deployImageDeps({
    log: io.log,
    login: runner.registryLogin,
    ...(google.accessToken === undefined ? {} : { googleAccessToken: google.accessToken }),
  });
  const request = { project: name, contextDir: project.dir, registry: settings.registry, commitSha, createRepository: settings.createRepository };
  const image = await io.log.group(`Image of ${name}`, () => ensureProjectImage(request, images));
  io.log.info(`${name}: ${image.action} ${image.reference} (${image.reason})`);
  writeOutputs(io, buildJobOutputs(facts, name, image.reference));
  await io.summary(`dagship build: ${name} ${image.action} \`${image.reference}\` (${image.reason}).\n`);
}

/**
 * The deploy job's `digests` against the run: each must name a project, and a release, which
 * deploys the tagged commit's images, takes none.
 * @throws InputError naming `digests`.
 */
export function checkDigests(settings: ActionSettings, plan: ActivePlan, scope: RunScope, log: Logger): void {
  const digests = settings.digests;
  if (digests === undefined) return;
  const names = scope.projects.map((project) => project.name);
  const unknown = Object.keys(digests).filter((project) => !names.includes(project));
  if (unknown.length > 0) {
    const hint = didYouMean(unknown[0] as string, names);
    throw new InputError(
      "digests",
      `names ${unknown.map((project) => JSON.stringify(project)).join(", ")}, which is not a project. Projects: ${names.join(", ") || "none"}.${hint}`,
    );
  }
  if (plan.kind === "release" && Object.keys(digests).length > 0) {
    throw new InputError(
      "digests",
      `a release (tag ${plan.tag}) deploys the images the tagged commit deployed, never new builds: give no digests on tag pushes`,
    );
  }
  if (plan.kind === "dry-run") log.info("digests are not used: a dry run deploys nothing");
}
