/**
 * The action's outputs, as strings (JSON where structured), from what a run did. Pure.
 */
import { reportJson, type DeployReport } from "../deploy-report.js";
import type { RunPlan } from "./event.js";

/** The values of action.yml's outputs. */
export interface ActionOutputs {
  /** JSON object: project -> image reference pinned by digest. */
  images: string;
  /** JSON list of the DAG file URIs in the destination after a deploy ([] for a dry run). */
  dags: string;
  /** JSON: the mode, the change detection, and the deploy report. */
  plan: string;
  /** JSON list of the projects this run deployed or planned. */
  "changed-projects": string;
}

/** What went into a run, besides its report. */
export interface RunFacts {
  plan: RunPlan;
  /** Projects chosen by change detection and the `projects` globs. */
  changed: readonly string[];
  changedWhy: string;
}

/** Outputs of a run that produced a report (possibly of nothing). */
export function actionOutputs(report: DeployReport | undefined, facts: RunFacts): ActionOutputs {
  const projects = report?.projects ?? [];
  const images = Object.fromEntries(projects.filter((project) => project.image.reference.includes("@sha256:")).map((project) => [project.project, project.image.reference]));
  const dags =
    report === undefined || report.dryRun
      ? []
      : projects.flatMap((project) => project.sync.actions.filter((action) => action.action !== "delete").map((action) => `${project.sync.location}${action.path}`));
  const plan = {
    mode: facts.plan.kind,
    why: facts.plan.why,
    changedProjects: facts.changed,
    changedWhy: facts.changedWhy,
    ...(report === undefined ? { pruned: [], failed: [] } : reportJson(report)),
  };
  return {
    images: JSON.stringify(images),
    dags: JSON.stringify(dags),
    plan: JSON.stringify(plan),
    "changed-projects": JSON.stringify(projects.length > 0 ? projects.map((project) => project.project) : facts.changed),
  };
}
