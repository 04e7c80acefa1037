import { basename } from "node:path";
import { formatProblem, UserError, type Problem } from "./errors.js";
import type { ImageDeps, ProjectImage as BuiltImage, RegistryRef } from "./image/index.js";
import { ensureProjectImage, previewProjectImage, tagFromGitRef } from "./image/index.js";
import type { Logger } from "./log.js";
import { compileProjects, dagIdClashes, renderProject, type CompiledProject } from "./pipeline.js";
import { resolveProfile, profileName, type Profile } from "./profile.js";
import { discoverProjects, type Project } from "./project.js";
import type { ProjectImage, RenderedDag } from "./render/render.js";
import { imageProjects, type NormalisedDag } from "./dagfile/model.js";
import { openTarget, syncProjects, type Destination, type IGit, type OpenTargetOptions, type SyncResult, type SyncTarget } from "./sync/index.js";
import type { PinnedImage } from "./sync/deploy-record.js";
import { VERSION } from "./version.js";

/** What to deploy, where, and how: the one settings object the CLI and the action both fill. */
export interface DeployOptions {
  /** Absolute path of the repository (the git work tree holding the projects). */
  repoRoot: string;
  /** Middle segment of each project's prefix, `dags/<repoName>/<project>/`. Default: the folder name. */
  repoName?: string;
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
  /** A promotion: the images each deployed DAG pins, as another environment runs them; nothing is built, tagged or pushed. */
  pinnedImages?: PinnedImages;
}

/** The images of a promotion: per project, the images its DAG pins, and the environment they come from. */
export interface PinnedImages {
  from: string;
  byProject: Readonly<Record<string, Readonly<Record<string, PinnedImage>>>>;
}

/** The outside world of a deploy, each behind its seam. */
export interface DeployDeps {
  log: Logger;
  git: IGit;
  /** Docker, registry and credentials; required when a registry is given. */
  images?: ImageDeps;
  target?: OpenTargetOptions;
}

/** One project's outcome. */
export interface ProjectReport {
  project: string;
  specPath: string;
  dagId: string;
  dag: NormalisedDag;
  rendered: RenderedDag;
  image: { reference: string; action: "built" | "reused" | "unchanged" | "would-build" | "would-reuse" | "unknown" | "refused" | "local" | "promoted"; reason: string };
  sync: SyncResult;
}

/** What a deploy (or dry run) did, for the log, the PR comment and --json. */
export interface DeployReport {
  profile: string;
  destination: string;
  commit: string;
  dryRun: boolean;
  projects: ProjectReport[];
  airflowUri?: string;
  /** The destination as opened for this run, for callers that read or write it further (prune, diffs). */
  target: SyncTarget;
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

async function imageFor(project: CompiledProject, options: DeployOptions, commit: string, deps: DeployDeps): Promise<ProjectReport["image"]> {
  const name = project.project.name;
  if (options.registry === undefined) {
    return { reference: `${name}:dev`, action: "local", reason: "no registry given: the DAG names a local image" };
  }
  if (!deps.images) throw new Error("a registry was given but no image collaborators were set up");
  const request = {
    project: name,
    contextDir: project.project.dir,
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
    switch (preview.plan.kind) {
      case "reuse":
        return { reference, action: "would-reuse", reason: preview.plan.reason };
      case "build":
        return { reference, action: "would-build", reason: preview.plan.reason };
      case "refuse":
        return { reference, action: "refused", reason: preview.plan.reason };
      default:
        // A fork's pull request has no registry access: say what is unknown rather than guess.
        return { reference, action: "unknown", reason: preview.plan.reason };
    }
  }
  const built: BuiltImage = await ensureProjectImage(request, deps.images);
  return { reference: built.reference, action: built.action, reason: built.reason };
}

/**
 * The whole job: discover projects -> load + validate all -> images -> render -> plan -> apply.
 * Validation problems anywhere stop the deploy before anything is built or written; so do
 * dag_id clashes and overlapping destinations. A dry run stops after planning.
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
    return result;
  });
  const named = new Set(options.projects ?? all.map((project) => project.name));
  const usesNamedImage = (entry: CompiledProject): boolean =>
    options.includeImageUsers === true && entry.dag !== undefined && imageProjects(entry.dag).some((project) => named.has(project));
  const selected = compiled.filter((entry) => named.has(entry.project.name) || usesNamedImage(entry));

  let sha: string;
  try {
    sha = await deps.git.headSha();
  } catch {
    throw new UserError(`${options.repoRoot} is not a git work tree with a commit: dagship deploys commits (git init && git commit first)`);
  }
  const time = (await deps.git.commitTime(sha)) ?? new Date();
  const repoName = options.repoName ?? basename(options.repoRoot);

  // Images of the deployed projects and of every project they borrow an image from.
  const needed = new Set(selected.flatMap((entry) => [entry.project.name, ...(entry.dag ? imageProjects(entry.dag) : [])]));
  const images: Record<string, ProjectImage> = {};
  const imageReports = new Map<string, ProjectReport["image"]>();
  // A promotion's images are given: none is built, tagged or even looked up.
  const pinned = options.pinnedImages;
  for (const entry of pinned === undefined ? [] : selected) {
    const own = pinned?.byProject[entry.project.name]?.[entry.project.name];
    if (own === undefined) throw new UserError(`${entry.project.name}: the promotion from ${pinned?.from} names no image of it; nothing was deployed`);
    imageReports.set(entry.project.name, { reference: own.reference, action: "promoted", reason: `the digest ${pinned?.from} runs, not rebuilt` });
  }
  const toBuild = pinned === undefined ? compiled.filter((candidate) => needed.has(candidate.project.name)) : [];
  for (const entry of toBuild) {
    const report = await log.group(`Image of ${entry.project.name}`, () => imageFor(entry, options, sha, deps));
    log.info(`${entry.project.name}: ${report.action} ${report.reference} (${report.reason})`);
    imageReports.set(entry.project.name, report);
    // The label must name the tag the image really carries: release tags are cleaned for registries.
    images[entry.project.name] = { reference: report.reference, tag: options.releaseTag !== undefined ? tagFromGitRef(options.releaseTag) : sha };
  }

  const rendered = selected.map((entry) => {
    const dag = entry.dag as NormalisedDag;
    const pins = pinned?.byProject[entry.project.name] ?? pinsOf(dag, entry.project.name, images);
    return { entry, dag, pins, file: renderProject(dag, profile, pins, sha) };
  });
  const verb = options.dryRun ? "Plan" : "Deploy";
  const results = await log.group(`${verb} ${rendered.length} project(s) -> ${target.display}`, () =>
    syncProjects(
      rendered.map(({ entry, dag, pins, file }) => ({
        repo: repoName,
        project: entry.project.name,
        files: [{ path: file.fileName, content: file.content, dagId: dag.dagId }],
        commit: { sha, time },
        dagshipVersion: VERSION,
        dryRun: options.dryRun,
        ...(options.releaseTag !== undefined ? { releaseTag: options.releaseTag } : {}),
        images: pins,
        ...(pinned === undefined ? {} : { origin: { via: "promotion" as const, from: pinned.from } }),
      })),
      target,
      { git: deps.git, log },
    ),
  );
  const projects: ProjectReport[] = rendered.map(({ entry, dag, file }, index) => ({
    project: entry.project.name,
    specPath: entry.project.specPath,
    dagId: dag.dagId,
    dag,
    rendered: file,
    image: imageReports.get(entry.project.name) as ProjectReport["image"],
    sync: results[index] as SyncResult,
  }));
  const report: DeployReport = { profile: profileName(profile), destination: target.display, commit: sha, dryRun: options.dryRun, projects, target };
  if (target.composer?.airflowUri) report.airflowUri = target.composer.airflowUri;
  return report;
}

/** The images a DAG pins (its own and those its tasks borrow), recorded in its manifest's history. */
function pinsOf(dag: NormalisedDag, project: string, images: Readonly<Record<string, ProjectImage>>): Record<string, ProjectImage> {
  return Object.fromEntries([project, ...imageProjects(dag)].filter((name) => images[name] !== undefined).map((name) => [name, images[name] as ProjectImage]));
}

/** The report as plain data for `--json` and the action's `plan` output. */
export function reportJson(report: DeployReport): Record<string, unknown> {
  return {
    profile: report.profile,
    destination: report.destination,
    commit: report.commit,
    dryRun: report.dryRun,
    ...(report.airflowUri !== undefined ? { airflowUri: report.airflowUri } : {}),
    projects: report.projects.map((project) => ({
      project: project.project,
      dagId: project.dagId,
      file: project.rendered.fileName,
      image: project.image,
      location: project.sync.location,
      changed: project.sync.changed,
      rollback: project.sync.rollback,
      actions: project.sync.actions.map((action) => ({ action: action.action, path: action.path, reason: action.reason })),
      warnings: project.sync.warnings,
    })),
  };
}
