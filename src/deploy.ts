import { basename } from "node:path";
import { imageProjects } from "./dagfile/model.js";
import { imageOutcomes } from "./deploy-image-sources.js";
import type { DeployReport } from "./deploy-report.js";
import { prepareProject, pruneOrphans, syncAll, type Compiled, type DeployRun, type Promotion } from "./deploy-stages.js";
import { formatProblem, UserError, type Problem } from "./errors.js";
import { importGate, type ImportCheckSettings, type ImportGateDeps } from "./import-check/index.js";
import type { ImageDeps, RegistryRef } from "./image/index.js";
import type { Logger } from "./log.js";
import { compileProjects, dagIdClashes } from "./pipeline.js";
import { profileName, resolveProfile, type Profile } from "./profile.js";
import { discoverProjects, type Project } from "./project.js";
import { dagFileName } from "./render/render.js";
import {
  checkDeploy,
  checkedOutCommit,
  openTarget,
  readRepositoryIdentity,
  type Destination,
  type IGit,
  type OpenTargetOptions,
  type RepositoryIdentity,
  type SyncDeps,
  type SyncTarget,
} from "./sync/index.js";

export type { Promotion } from "./deploy-stages.js";
export type { DeployReport, FailedStage, ImageReport, ProjectFailure, ProjectReport } from "./deploy-report.js";
export { exitStatus, formatFailure, formatReport, outcomeLine, reportJson } from "./deploy-report.js";

/** What to deploy, where, and how: the one settings object the CLI and the action both fill. */
export interface DeployOptions {
  /** Absolute path of the repository (the git work tree holding the projects). */
  repoRoot: string;
  /** Middle segment of each project's prefix, `dags/<repoName>/<project>/`. Default: the folder name. */
  repoName?: string;
  /**
   * The middle segment earlier dagship versions used for this repository, when it differs from
   * `repoName`: each deployed project found there moves to `repoName` in the same deploy.
   */
  legacyRepoName?: string;
  /** The deploying repository; default: read from git (the origin remote, else the first commit). */
  repository?: RepositoryIdentity;
  /** Where the DAG files go, parsed where the user gave it (a relative folder is already resolved). */
  destination: Destination;
  /** Registry to build and push images to, parsed; without one, DAGs name local `PROJECT:dev` images. */
  registry?: RegistryRef;
  /** The projects below repoRoot when the caller has discovered them already (saves a second walk). */
  discovered?: readonly Project[];
  /** Project names to deploy; default every project. All are still validated. */
  projects?: readonly string[];
  /**
   * With `projects`: also deploy the projects whose tasks run one of those projects' images
   * (their DAGs pin its digest, which changes with it).
   */
  includeImageUsers?: boolean;
  /** Remove the DAGs of projects whose folder is gone, from prefixes this repository owns. */
  prune?: boolean;
  composer: "auto" | "2" | "3" | "none";
  airflow: "auto" | "2" | "3";
  namespace?: string;
  /** A release tag: promote the tagged commit's image, and allow a rollback. */
  releaseTag?: string;
  /** Plan only: build nothing, push nothing, write nothing. */
  dryRun: boolean;
  /** Deploy only images that exist already. */
  noBuild: boolean;
  createRepository: boolean;
  /** `--build-arg`s for every project's image build (e.g. BASE_IMAGE); part of the content hash. */
  buildArgs?: Readonly<Record<string, string>>;
  /** Prove the files import before deploying them (default: on for Composer destinations). */
  importCheck?: ImportCheckSettings;
  /** Image builds at once (`--jobs`); default the CPU count. */
  jobs?: number;
  /**
   * Project -> image reference pinned by digest, pushed elsewhere (the fan-out's build jobs):
   * deploy exactly these and build or tag nothing. Every deployed project needs its image here;
   * an image only borrowed or only used is looked up in the registry by its content tag.
   */
  pinnedImages?: Readonly<Record<string, string>>;
  /**
   * A promotion: per deployed project, the images its DAG pins as another environment runs them.
   * Nothing is built, tagged, pushed or looked up; the manifests' history records where they came from.
   */
  promotion?: Promotion;
}

/** The outside world of a deploy, each behind its seam. */
export interface DeployDeps {
  log: Logger;
  git: IGit;
  /** Docker, registry and credentials; required when a registry is given. */
  images?: ImageDeps;
  target?: OpenTargetOptions;
  /** Limits of the import check (the Composer API is reached as `target.composer` says). */
  importCheck?: Omit<ImportGateDeps, "log">;
  /** Knobs of the syncs (retries, uploads at once, projects at once, ...). */
  sync?: Omit<SyncDeps, "git" | "log">;
}

function profileFor(options: DeployOptions, target: SyncTarget, log: Logger): Profile {
  const versions = target.composer?.versions;
  const composer = options.composer === "auto" ? (versions ? String(versions.composer) : "3") : options.composer;
  const airflow = options.airflow === "auto" ? (versions ? String(versions.airflow) : "2") : options.airflow;
  if (!versions && (options.composer === "auto" || options.airflow === "auto")) {
    log.debug(`versions set to auto without a Composer environment to ask: using Composer ${composer}, Airflow ${airflow}`);
  }
  return resolveProfile({ composer, airflow, ...(options.namespace !== undefined ? { namespace: options.namespace } : {}) });
}

function failOnProblems(problems: readonly Problem[]): void {
  const errors = problems.filter((problem) => problem.severity === "error");
  if (errors.length === 0) return;
  const files = new Set(errors.map((problem) => problem.file)).size;
  throw new UserError(`${errors.length} problem(s) in ${files} dag.yaml file(s); nothing was deployed:\n${errors.map(formatProblem).join("\n")}`, errors);
}

/**
 * The whole job: discover projects -> load + validate all -> check the destination -> images ->
 * per project render and sync -> prune. Validation problems anywhere stop the deploy before
 * anything is built or written; so do dag_id clashes, overlapping prefixes, a prefix another
 * repository owns and a dag_id defined elsewhere in the destination. From the images on, each
 * project has its own outcome: one project's failure never hides what the others deployed. A
 * dry run writes nothing.
 */
export async function deployRepository(options: DeployOptions, deps: DeployDeps): Promise<DeployReport> {
  const { log } = deps;
  const target = await openTarget(options.destination, log, deps.target ?? {});
  const profile = profileFor(options, target, log);

  const all = options.discovered ? [...options.discovered] : await discoverProjects(options.repoRoot);
  if (all.length === 0) throw new UserError(`no project (a folder with a dag.yaml) below ${options.repoRoot}`);
  const unknown = (options.projects ?? []).filter((name) => !all.some((project) => project.name === name));
  if (unknown.length > 0) throw new UserError(`unknown project(s): ${unknown.join(", ")}. Projects: ${all.map((project) => project.name).join(", ")}`);

  const compiled = await log.group(`Validate ${all.length} project(s) for ${profileName(profile)}`, async () => {
    const result = await compileProjects(all, profile);
    failOnProblems([...result.flatMap((entry) => entry.problems), ...dagIdClashes(result)]);
    return result as Compiled[];
  });
  const selected = selectProjects(compiled, options);

  const commit = await checkedOutCommit(options.repoRoot, deps.git);
  const identity = options.repository ?? (await readRepositoryIdentity(deps.git));
  const repo = options.repoName ?? basename(options.repoRoot);
  const checks = await log.group(`Check ${target.display} for ${identity.id}`, () =>
    checkDeploy(
      target,
      {
        repo,
        ...(options.legacyRepoName === undefined ? {} : { legacyRepo: options.legacyRepoName }),
        identity,
        commit,
        ...(options.releaseTag === undefined ? {} : { releaseTag: options.releaseTag }),
        projects: selected.map((entry) => ({ project: entry.project.name, files: [{ path: dagFileName(entry.dag.dagId), dagId: entry.dag.dagId }] })),
        existing: new Set(all.map((project) => project.name)),
        prune: options.prune === true,
      },
      { ...deps, ...(deps.sync?.retry === undefined ? {} : { retry: deps.sync.retry }) },
    ),
  );
  for (const warning of checks.warnings) log.warn(warning);

  // Images of the deployed projects and of every project they borrow an image from.
  const needed = new Set(selected.flatMap((entry) => [entry.project.name, ...imageProjects(entry.dag)]));
  const neededEntries = compiled.filter((entry) => needed.has(entry.project.name));
  const images = await imageOutcomes(neededEntries, selected, options, commit.sha, deps);

  const syncDeps = { ...deps.sync, git: deps.git, log };
  const run: DeployRun = {
    options,
    deps: syncDeps,
    target,
    profile,
    images,
    commit,
    identity,
    repo,
    checks,
    ...(options.promotion === undefined ? {} : { promotion: options.promotion }),
  };
  // Every render before the first write: a project that cannot render is known before anything changes.
  const prepared = selected.map((entry) => prepareProject(entry, run));
  // The import gate (Composer, or a local Python with Airflow): the rendered files must import before any is written.
  const files = prepared.flatMap((project) =>
    "failure" in project
      ? []
      : [
          {
            project: project.entry.project.name,
            path: project.file.fileName,
            content: project.file.content,
            dagId: project.entry.dag.dagId,
            source: project.entry.project.specPath,
          },
        ],
  );
  const gate = await importGate(
    { settings: options.importCheck ?? {}, target, airflow: profile.airflow, files, commit: commit.sha, dryRun: options.dryRun },
    { ...deps.importCheck, log, composer: { ...deps.target?.composer, ...deps.importCheck?.composer } },
  );
  const outcomes = await log.group(`${options.dryRun ? "Plan" : "Deploy"} ${selected.length} project(s) -> ${target.display}`, () => syncAll(prepared, run));
  const pruned = options.prune === true ? await pruneOrphans(run) : { results: [], failures: [] };

  const report: DeployReport = {
    profile: profileName(profile),
    destination: target.display,
    commit: commit.sha,
    repository: identity.id,
    dryRun: options.dryRun,
    projects: outcomes.flatMap((outcome) => (outcome.report ? [outcome.report] : [])),
    pruned: pruned.results,
    failed: [...outcomes.flatMap((outcome) => (outcome.failure ? [outcome.failure] : [])), ...pruned.failures],
    warnings: checks.warnings,
    target,
  };
  if (target.composer?.airflowUri) report.airflowUri = target.composer.airflowUri;
  if (gate)
    report.importCheck = await gate.afterDeploy(
      report.projects.flatMap((project) => project.sync.actions.filter((action) => action.action !== "delete").map((action) => action.key)),
    );
  return report;
}

/** The projects the options name, and with `includeImageUsers` the ones running their images. Pure. */
function selectProjects(compiled: readonly Compiled[], options: DeployOptions): Compiled[] {
  const named = new Set(options.projects ?? compiled.map((entry) => entry.project.name));
  const usesNamedImage = (entry: Compiled): boolean => options.includeImageUsers === true && imageProjects(entry.dag).some((project) => named.has(project));
  return compiled.filter((entry) => named.has(entry.project.name) || usesNamedImage(entry));
}
