/**
 * The one builder of the {@link PreviewModel}: a deploy's job summary and a dry run's summary and
 * pull request comment are the same model, filled from what the run did.
 */
import type { DeployReport } from "../deploy.js";
import type { Problem } from "../errors.js";
import { importCheckNotes } from "../import-check/plan.js";
import type { SyncResult } from "../sync/index.js";
import type { PreviewModel, ProjectPreview } from "./comment.js";
import { projectPreview, removedProjectPreview, type BaselineReader } from "./preview.js";

/** The job summary has room for the whole preview; only a comment is held to GitHub's limit. */
export const SUMMARY_LIMIT = 1_000_000;

/** What a run did, for its preview. */
export type PreviewRun =
  | {
      kind: "deploy";
      /** The tag of a release deploy. */
      releaseTag?: string;
      /** Why the event made this a deploy, in words. */
      why: string;
      report: DeployReport;
    }
  | {
      kind: "dry-run";
      /** The pull request under preview. */
      pullRequest?: number;
      /** The commit planned, when no report says it. */
      sha: string;
      /** Absent when the plan could not be made. */
      report?: DeployReport;
      /** What the diffs compare with, in words; absent when nothing was compared. */
      comparedWith?: string;
      notes: readonly string[];
      problems: readonly Problem[];
      /** Why the plan could not be made, besides validation problems. */
      failure?: string;
    };

/** The run's place: which step, which destination, which projects. */
export interface PreviewScope {
  /** The working directory relative to the workspace, "" for the workspace itself. */
  folder: string;
  /** The destination as configured. */
  destination: string;
  /** Why these projects, in words (change detection). */
  changedWhy: string;
  /** Every project the run was asked to consider (the `projects` globs). */
  inScope: readonly string[];
}

/** Distinguishes several dagship steps in one pull request: folder and destination. */
export function previewKey(scope: Pick<PreviewScope, "folder" | "destination">): string {
  return `${scope.folder || "."} ${scope.destination}`;
}

/** The preview of every deployed (or planned) project and every pruned one; one at a time, as each may read the baseline. */
export async function projectPreviews(
  report: DeployReport | undefined,
  pruned: readonly SyncResult[],
  read: BaselineReader | undefined,
): Promise<ProjectPreview[]> {
  const previews: ProjectPreview[] = [];
  for (const project of report?.projects ?? []) previews.push(await projectPreview(project, read));
  for (const result of pruned) previews.push(await removedProjectPreview(result, read));
  return previews;
}

/** The preview of a run, from its projects' previews. Pure. */
export function previewModel(run: PreviewRun, scope: PreviewScope, projects: readonly ProjectPreview[]): PreviewModel {
  const failed = (run.report?.failed ?? []).map(({ project, stage, message }) => ({ project, stage, message }));
  const shown = new Set([...projects.map((preview) => preview.project), ...failed.map((failure) => failure.project)]);
  const common = {
    key: previewKey(scope),
    projects: [...projects],
    unaffected: scope.inScope.filter((name) => !shown.has(name)),
    ...(failed.length > 0 ? { failed } : {}),
  };
  if (run.kind === "deploy") {
    const { report } = run;
    return {
      ...common,
      title: `dagship ${run.releaseTag === undefined ? "deploy" : `release ${run.releaseTag}`}: ${report.projects.length} project(s) to ${scope.destination}`,
      commit: report.commit,
      profile: report.profile,
      destination: report.destination,
      baseline: `${run.why}. ${scope.changedWhy}.`,
      notes: [...(report.airflowUri ? [`Airflow UI: ${report.airflowUri}`] : []), ...importCheckNotes(report.importCheck)],
      problems: [],
    };
  }
  const { report } = run;
  return {
    ...common,
    title:
      run.pullRequest === undefined
        ? "dagship dry run: nothing was deployed"
        : `dagship preview of #${run.pullRequest}: nothing is deployed from a pull request`,
    commit: report?.commit ?? run.sha,
    ...(report ? { profile: report.profile } : {}),
    destination: scope.destination,
    baseline: `${scope.changedWhy}. ${run.comparedWith ?? ""}`.trim(),
    notes: [...run.notes],
    problems: [...run.problems],
    ...(run.failure === undefined ? {} : { failure: run.failure }),
  };
}
