/**
 * What a run decided before it touches the registry or the destination, and the deploy options
 * and collaborators every later part builds from it.
 */
import { posixRelative } from "../util/posix-path.js";
import path from "node:path";
import { deployImageDeps } from "../deploy-deps.js";
import type { DeployDeps, DeployOptions } from "../deploy.js";
import { formatFailure, outcomeLine, type DeployReport } from "../deploy-report.js";
import { UserError, type Problem } from "../errors.js";
import type { ChangedProjects } from "../github/changes.js";
import type { RunnerEnvironment } from "../github/environment.js";
import type { ActivePlan, EventInfo } from "../github/event.js";
import { actionOutputs } from "../github/outputs.js";
import type { PreviewScope } from "../report/model.js";
import type { GlobTarget } from "../github/glob.js";
import type { ActionSettings } from "../github/inputs.js";
import type { RegistryRef } from "../image/index.js";
import type { Project } from "../project.js";

import {
  CliGit,
  githubIdentity,
  legacyRepositoryKey,
  readRepositoryIdentity,
  repositoryKey,
  type Destination,
  type RepositoryIdentity,
} from "../sync/index.js";
import type { Cleanups } from "./cleanups.js";
import type { EnvironmentConfig } from "../environments/config.js";
import type { GoogleAccess } from "./google.js";
import { writeOutputs, type ActionIo } from "./io.js";

/** The projects of a run: found, selected and changed. */
export interface RunScope {
  /** Every project of the working directory, as found (passed on to the deploy). */
  discovered: Project[];
  /** The same projects as glob targets. */
  projects: GlobTarget[];
  /** Selected by the `projects` globs. */
  inScope: string[];
  changed: ChangedProjects;
  /** Changed and in scope: what this run deploys or plans. */
  toRun: string[];
}

/** Everything a run decided before it touches the registry or the destination. */
export interface RunContext extends RunScope {
  io: ActionIo;
  settings: ActionSettings;
  runner: RunnerEnvironment;
  event: EventInfo;
  /** The working directory relative to the workspace, forward slashes, "" for the workspace itself. */
  folder: string;
  /** Middle segment of every project's prefix in the destination: `owner__name[/folder]`. */
  repoName: string;
  /** The middle segment dagship 0.1 used, `name[/folder]`: projects found there move to `repoName`. */
  legacyRepoName: string;
  /** The repository, as every manifest records it. */
  identity: RepositoryIdentity;
  google: GoogleAccess;
  cleanups: Cleanups;
  /** The environment of dagship.config.yaml the run deploys to, if the repository has one. */
  environment?: RunEnvironment;
}

/** The environment a run deploys to, as the rest of the run needs it. */
export interface RunEnvironment {
  environment: EnvironmentConfig;
  /** The environment it promotes from, when it does. */
  promoteFrom?: EnvironmentConfig;
}

/**
 * The repository of the run, as prefixes and manifests name it: from GITHUB_REPOSITORY (and
 * GITHUB_SERVER_URL), or outside a workflow from git (the origin remote, else the first commit).
 */
export async function runRepository(
  settings: Pick<ActionSettings, "workingDirectory">,
  runner: Pick<RunnerEnvironment, "githubServerUrl">,
  event: Pick<EventInfo, "repository">,
  folder: string,
): Promise<Pick<RunContext, "repoName" | "legacyRepoName" | "identity">> {
  const checkout = path.basename(settings.workingDirectory);
  const identity = githubIdentity(runner.githubServerUrl, event.repository) ?? (await readRepositoryIdentity(new CliGit(settings.workingDirectory)));
  return { repoName: repositoryKey(event.repository, folder, checkout), legacyRepoName: legacyRepositoryKey(event.repository, folder, checkout), identity };
}

/** Where a deploy of the run's projects goes. */
export interface DeployTarget {
  destination: Destination;
  /** Without one, DAGs name local `PROJECT:dev` images and nothing is built or checked. */
  registry: RegistryRef | undefined;
}

/** The configured destination and registry. */
export function configuredTarget(ctx: RunContext): DeployTarget {
  return { destination: ctx.settings.destination.parsed, registry: ctx.settings.registry };
}

/**
 * The deploy of the run's projects (changed and in scope, with the projects using their images):
 * a deploy writes, a release promotes the tagged commit's images without building, a dry run
 * plans only.
 */
export function runDeployOptions(ctx: RunContext, plan: ActivePlan, target: DeployTarget): DeployOptions {
  const { settings } = ctx;
  return {
    repoRoot: settings.workingDirectory,
    repoName: ctx.repoName,
    ...(ctx.legacyRepoName === ctx.repoName ? {} : { legacyRepoName: ctx.legacyRepoName }),
    repository: ctx.identity,
    prune: settings.prune,
    destination: target.destination,
    ...(target.registry === undefined ? {} : { registry: target.registry }),
    projects: ctx.toRun,
    includeImageUsers: !ctx.changed.all,
    composer: settings.composer,
    airflow: settings.airflow,
    ...(ctx.environment?.environment.namespace === undefined ? {} : { namespace: ctx.environment.environment.namespace }),
    dryRun: plan.kind === "dry-run",
    noBuild: plan.kind === "release",
    ...(plan.kind === "release" ? { releaseTag: plan.tag } : {}),
    createRepository: settings.createRepository,
    ...(settings.importCheck === undefined ? {} : { importCheck: { enabled: settings.importCheck } }),
    discovered: ctx.discovered,
    ...(settings.jobs === undefined ? {} : { jobs: settings.jobs }),
    // The fan-out's deploy job: the build jobs' images, exactly; a dry run previews as usual.
    ...(plan.kind === "deploy" && settings.digests !== undefined ? { pinnedImages: settings.digests } : {}),
  };
}

/** The collaborators of a deploy to the configured destination: git, the registry and the Composer API with the run's credentials. */
export function runDeployDeps(ctx: RunContext): DeployDeps {
  const { io, runner, google, settings } = ctx;
  const token = google.accessToken;
  return {
    log: io.log,
    git: new CliGit(settings.workingDirectory),
    images: deployImageDeps({ log: io.log, login: runner.registryLogin, ...(token === undefined ? {} : { googleAccessToken: token }) }),
    target: token === undefined ? {} : { composer: { getAccessToken: () => Promise.resolve(token) } },
  };
}

/** dag.yaml problems as annotations, each on its file relative to the workspace. */
export function annotate(ctx: RunContext, problems: readonly Problem[]): void {
  for (const problem of problems) {
    ctx.io.annotate(problem, posixRelative(ctx.runner.workspace, path.join(ctx.settings.workingDirectory, problem.file)));
  }
}

/** The step's outputs from what the run did. */
export function setRunOutputs(ctx: RunContext, plan: ActivePlan, report: DeployReport | undefined): void {
  writeOutputs(ctx.io, actionOutputs(report, { plan, changed: ctx.toRun, changedWhy: ctx.changed.why }));
}

/** The step's failure when projects failed, after their outcomes are out; undefined when none did. Pure. */
export function failedProjectsError(report: DeployReport | undefined): UserError | undefined {
  if (report === undefined || report.failed.length === 0) return undefined;
  return new UserError(`${outcomeLine(report)}\n${report.failed.map(formatFailure).join("\n")}`);
}

/** The run's place in its preview: folder, destination and projects. */
export function previewScope(ctx: RunContext): PreviewScope {
  return { folder: ctx.folder, destination: ctx.settings.destination.value, changedWhy: ctx.changed.why, inScope: ctx.inScope };
}
