/**
 * What a deploy (or dry run) of a repository did, project by project: the report every output is
 * made from (the command line's text and `--json`, the action's outputs, job summary and pull
 * request comment), and the pure functions that turn it into text and an exit status.
 */
import type { NormalisedDag } from "./dagfile/model.js";
import type { RenderedDag } from "./render/render.js";
import { formatSummary, type SyncResult, type SyncTarget } from "./sync/index.js";
import type { ImportCheckReport } from "./import-check/index.js";

/** What a deploy did (or a dry run would do) about a project's image. */
export interface ImageReport {
  reference: string;
  action: "built" | "reused" | "unchanged" | "would-build" | "would-reuse" | "unknown" | "refused" | "local" | "pinned" | "looked-up" | "promoted";
  reason: string;
}

/** One project whose DAG was deployed (or, in a dry run, planned). */
export interface ProjectReport {
  project: string;
  specPath: string;
  dagId: string;
  dag: NormalisedDag;
  rendered: RenderedDag;
  image: ImageReport;
  sync: SyncResult;
  /**
   * Set when the project moved from the folder earlier dagship versions used: that folder's
   * DAGs removed (or, in a dry run, to be removed) by the same deploy.
   */
  moved?: SyncResult;
}

/** The stage a project failed at. Validation is not one: a dag.yaml problem stops every project. */
export type FailedStage = "image" | "render" | "sync" | "move" | "prune";

/** One project that failed; the others' outcomes are reported all the same. */
export interface ProjectFailure {
  project: string;
  /** Empty for a removed project that failed to prune. */
  specPath: string;
  dagId?: string;
  stage: FailedStage;
  message: string;
  /** Not the user's input or setup but a defect in dagship (the command line then exits 2). */
  internal: boolean;
  /** The project's image as far as the image stage got. */
  image?: ImageReport;
}

/** What a deploy (or dry run) did, for the log, the PR comment and --json. */
export interface DeployReport {
  profile: string;
  destination: string;
  commit: string;
  /** The deploying repository's identity, as the manifests record it. */
  repository: string;
  dryRun: boolean;
  /** The projects deployed (or planned), each with every file's action. */
  projects: ProjectReport[];
  /** Removed projects whose DAGs were pruned (or would be), with `prune`. */
  pruned: SyncResult[];
  /** Every project that failed, at the stage it failed. Empty when the whole deploy succeeded. */
  failed: ProjectFailure[];
  /** Things found while checking the destination that stop nothing. */
  warnings: string[];
  airflowUri?: string;
  /** The destination as opened for this run, for callers that read or write it further (diffs). */
  target: SyncTarget;
  /** What the import check proved before the deploy and read back after it. */
  importCheck?: ImportCheckReport;
}

/** The file actions of a sync as JSON. Pure. */
function actionsJson(result: SyncResult): { action: string; path: string; reason: string }[] {
  return result.actions.map((action) => ({ action: action.action, path: action.path, reason: action.reason }));
}

/** The report as plain data for `--json` and the action's `plan` output. Pure. */
export function reportJson(report: DeployReport): Record<string, unknown> {
  return {
    ok: report.failed.length === 0,
    profile: report.profile,
    destination: report.destination,
    commit: report.commit,
    repository: report.repository,
    dryRun: report.dryRun,
    ...(report.airflowUri !== undefined ? { airflowUri: report.airflowUri } : {}),
    ...(report.importCheck !== undefined ? { importCheck: report.importCheck } : {}),
    projects: report.projects.map((project) => ({
      project: project.project,
      dagId: project.dagId,
      file: project.rendered.fileName,
      image: project.image,
      location: project.sync.location,
      changed: project.sync.changed,
      rollback: project.sync.rollback,
      actions: actionsJson(project.sync),
      warnings: project.sync.warnings,
      ...(project.moved === undefined ? {} : { movedFrom: { location: project.moved.location, actions: actionsJson(project.moved) } }),
    })),
    pruned: report.pruned.map((result) => ({ project: result.project, location: result.location, actions: actionsJson(result) })),
    failed: report.failed.map((failure) => ({
      project: failure.project,
      stage: failure.stage,
      message: failure.message,
      ...(failure.dagId === undefined ? {} : { dagId: failure.dagId }),
      ...(failure.image === undefined ? {} : { image: failure.image }),
    })),
    warnings: report.warnings,
  };
}

/** One failure as the command line and the step's error show it. Pure. */
export function formatFailure(failure: ProjectFailure): string {
  return `${failure.project}: failed at ${failure.stage}: ${failure.message}`;
}

/** The closing line: how many projects came through, and which failed. Pure. */
export function outcomeLine(report: DeployReport): string {
  const done = report.dryRun ? "planned" : "deployed";
  const counts = [`${report.projects.length} ${done}`];
  if (report.pruned.length > 0) counts.push(`${report.pruned.length} ${report.dryRun ? "to prune" : "pruned"}`);
  if (report.failed.length === 0) return `${counts.join(", ")}.`;
  const failed = [...new Set(report.failed.map((failure) => failure.project))];
  return `${counts.join(", ")}; ${failed.length} failed: ${failed.join(", ")}.`;
}

/** Every project's outcome as the command line prints it: sync summaries, prunes, failures, the closing line. Pure. */
export function formatReport(report: DeployReport): string {
  const blocks: string[] = [];
  for (const project of report.projects) {
    blocks.push(formatSummary(project.sync));
    if (project.moved) blocks.push(formatSummary(project.moved));
  }
  for (const result of report.pruned) blocks.push(formatSummary(result));
  for (const failure of report.failed) blocks.push(formatFailure(failure));
  if (report.airflowUri) blocks.push(`Airflow UI: ${report.airflowUri}`);
  blocks.push(outcomeLine(report));
  return blocks.join("\n");
}

/** 0 when every project came through, 2 when a failure is a defect in dagship, else 1. Pure. */
export function exitStatus(report: DeployReport): 0 | 1 | 2 {
  if (report.failed.length === 0) return 0;
  return report.failed.some((failure) => failure.internal) ? 2 : 1;
}
