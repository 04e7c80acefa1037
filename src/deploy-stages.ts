/**
 * The per-project stages of a deploy, after the whole repository was validated and the
 * destination checked: prepare (its images' outcomes, then the render, pure) -> sync -> (when it
 * moved from an earlier version's folder) empty the old folder; and the prune of removed
 * projects. Each project ends in its own outcome, so one project's failure never hides another's.
 * Projects sync several at once: the checks proved their prefixes independent.
 */
import type { CompiledProject } from "./pipeline.js";
import { imageProjects, type NormalisedDag } from "./dagfile/model.js";
import { failureOf, type ImageOutcome } from "./deploy-image.js";
import type { ImageReport, ProjectFailure, ProjectReport } from "./deploy-report.js";
import { renderProject } from "./pipeline.js";
import type { Profile } from "./profile.js";
import type { ProjectImage, RenderedDag } from "./render/render.js";
import {
  PROJECT_SYNCS_AT_ONCE,
  projectPrefix,
  pruneAnnouncement,
  pruneProject,
  syncProject,
  type DeployChecks,
  type RepositoryIdentity,
  type SyncDeps,
  type SyncRequest,
  type SyncResult,
  type SyncTarget,
} from "./sync/index.js";
import type { RecordedImage } from "./sync/deploy-record.js";
import { settleLogged } from "./util/logged-jobs.js";
import { VERSION } from "./version.js";

/** The images of a promotion: per project, the images its DAG pins, and the environment they come from. */
export interface Promotion {
  /** The source environment's name. */
  from: string;
  byProject: Readonly<Record<string, Readonly<Record<string, RecordedImage>>>>;
}

/** A project that compiled, with its DAG model. */
export type Compiled = CompiledProject & { dag: NormalisedDag };

/** Everything a project's stages read, decided once for the whole deploy. */
export interface DeployRun {
  /** The deploy's settings these stages read (a `DeployOptions` is one). */
  options: { dryRun: boolean; releaseTag?: string; legacyRepoName?: string };
  /** Every sync's collaborators and knobs. */
  deps: SyncDeps;
  target: SyncTarget;
  profile: Profile;
  images: ReadonlyMap<string, ImageOutcome>;
  commit: { sha: string; time: Date };
  identity: RepositoryIdentity;
  /** The repository part of every project's prefix. */
  repo: string;
  checks: DeployChecks;
  /** A promotion's images, which each DAG pins instead of the outcomes in `images`. */
  promotion?: Promotion;
}

/** A project ready to sync: its rendered file and its image. */
export interface Prepared {
  entry: Compiled;
  file: RenderedDag;
  image: ImageReport;
  /** The images the file pins, by the project that builds them (recorded in the manifest's history). */
  pins: Record<string, ProjectImage>;
}

/** One project's outcome: deployed (or planned), failed, or deployed and then failed (a move). */
export interface ProjectOutcome {
  report?: ProjectReport;
  failure?: ProjectFailure;
}

function failureFor(entry: Compiled, stage: ProjectFailure["stage"], problem: { message: string; internal: boolean }, image?: ImageReport): ProjectFailure {
  return {
    project: entry.project.name,
    specPath: entry.project.specPath,
    dagId: entry.dag.dagId,
    stage,
    ...problem,
    ...(image === undefined ? {} : { image }),
  };
}

/**
 * A project's images (its own, and every project's whose image its tasks run) and its render;
 * the first that failed is the project's failure. Writes nothing.
 */
export function prepareProject(entry: Compiled, run: DeployRun): Prepared | { failure: ProjectFailure } {
  const name = entry.project.name;
  const own = run.images.get(name);
  if (own === undefined) return { failure: failureFor(entry, "image", { message: "internal error: no image outcome for the project", internal: true }) };
  for (const source of [name, ...imageProjects(entry.dag)]) {
    const image = run.images.get(source);
    if (image === undefined || image.ok) continue;
    const message = source === name ? image.message : `the image of ${source}, which its tasks run, failed: ${image.message}`;
    return { failure: failureFor(entry, "image", { message, internal: image.internal }, own.ok ? own.report : undefined) };
  }
  if (!own.ok) return { failure: failureFor(entry, "image", own) };
  const pins = run.promotion === undefined ? pinsOf(entry, run.images) : { ...run.promotion.byProject[name] };
  try {
    return { entry, file: renderProject(entry.dag, run.profile, pins), image: own.report, pins };
  } catch (thrown) {
    return { failure: failureFor(entry, "render", failureOf(thrown), own.report) };
  }
}

/** The images a project's DAG pins: its own and those its tasks borrow, as this deploy's outcomes give them. */
function pinsOf(entry: Compiled, images: DeployRun["images"]): Record<string, ProjectImage> {
  const pins: Record<string, ProjectImage> = {};
  for (const project of [entry.project.name, ...imageProjects(entry.dag)]) {
    const image = images.get(project);
    if (image?.ok === true) pins[project] = { reference: image.report.reference, ...(image.contentTag === undefined ? {} : { tag: image.contentTag }) };
  }
  return pins;
}

/**
 * Sync every prepared project, several at once, and return their outcomes in the order given
 * (a project that failed earlier keeps its failure). Each project's log is written whole, as its
 * own group, when its sync ends; a project that logged nothing gets no group.
 */
export async function syncAll(projects: readonly (Prepared | { failure: ProjectFailure })[], run: DeployRun): Promise<ProjectOutcome[]> {
  const names = projects.map((project) => ("failure" in project ? project.failure.project : project.entry.project.name));
  const options = { log: run.deps.log, title: (name: string) => `Sync ${name}`, skipEmpty: true };
  const settled = await settleLogged<ProjectOutcome>(names, run.deps.projects ?? PROJECT_SYNCS_AT_ONCE, options, (_name, index, log) => {
    const project = projects[index] as Prepared | { failure: ProjectFailure };
    return "failure" in project ? Promise.resolve({ failure: project.failure }) : syncPrepared(project, { ...run, deps: { ...run.deps, log } });
  });
  return settled.map((outcome, index) => {
    if (outcome.status === "fulfilled") return outcome.value;
    // syncPrepared turns every failure into an outcome; anything else is a bug, kept as this project's.
    const project = projects[index] as Prepared;
    return { failure: failureFor(project.entry, "sync", failureOf(outcome.reason), project.image) };
  });
}

/** Sync a prepared project; when it moved from an earlier version's folder, empty that folder after. */
export async function syncPrepared(prepared: Prepared, run: DeployRun): Promise<ProjectOutcome> {
  const { entry, file, image } = prepared;
  const name = entry.project.name;
  const request: SyncRequest = {
    repo: run.repo,
    identity: run.identity,
    project: name,
    files: [{ path: file.fileName, content: file.content, dagId: entry.dag.dagId }],
    commit: run.commit,
    dagshipVersion: VERSION,
    dryRun: run.options.dryRun,
    ...(run.options.releaseTag !== undefined ? { releaseTag: run.options.releaseTag } : {}),
    images: prepared.pins,
    ...(run.promotion === undefined ? {} : { origin: { via: "promotion", from: run.promotion.from } }),
  };
  // What the checks saw of the prefix, so the sync need not read it again.
  const observed = (repo: string) => run.checks.snapshots.get(projectPrefix(run.target.dagsFolder, repo, name));
  let sync: SyncResult;
  try {
    sync = await syncProject(request, run.target, run.deps, observed(run.repo));
  } catch (thrown) {
    return { failure: failureFor(entry, "sync", failureOf(thrown), image) };
  }
  const report: ProjectReport = { project: name, specPath: entry.project.specPath, dagId: entry.dag.dagId, dag: entry.dag, rendered: file, image, sync };

  const legacy = run.options.legacyRepoName;
  if (legacy === undefined || !run.checks.moves.has(name)) return { report };
  // Only after the new folder holds the DAG: the old one's copy goes in the same deploy, so
  // Airflow never keeps two files defining one dag_id for longer than this step.
  try {
    return { report: { ...report, moved: await syncProject({ ...request, repo: legacy, files: [] }, run.target, run.deps, observed(legacy)) } };
  } catch (thrown) {
    const problem = failureOf(thrown);
    const message =
      `deployed to ${sync.location}, but its DAG in the folder earlier dagship versions used could not be removed, ` +
      `so two copies are live: ${problem.message} Deploy again to finish the move, or delete that copy by hand.`;
    return { report, failure: failureFor(entry, "move", { ...problem, message }, image) };
  }
}

/** Prune each orphan the checks found, each with its own outcome. */
export async function pruneOrphans(run: DeployRun): Promise<{ results: SyncResult[]; failures: ProjectFailure[] }> {
  const { orphans } = run.checks;
  const results: SyncResult[] = [];
  const failures: ProjectFailure[] = [];
  if (orphans.length === 0) return { results, failures };
  await run.deps.log.group("Prune projects removed from the repository", async () => {
    run.deps.log.info(pruneAnnouncement(orphans, run.options.dryRun));
    for (const orphan of orphans) {
      try {
        results.push(await pruneProject(run.target, orphan, { identity: run.identity, commit: run.commit, dryRun: run.options.dryRun }, run.deps));
      } catch (thrown) {
        failures.push({ project: orphan.project, specPath: "", stage: "prune", ...failureOf(thrown) });
      }
    }
  });
  return { results, failures };
}
