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
  /** mode: plan — JSON `{"project": [...]}`: the changed projects, the build jobs' matrix. */
  matrix?: string;
  /** mode: plan — `true` when the build jobs have work: a deploy with changed projects. */
  "build-needed"?: string;
  /** mode: build — the project's image reference pinned by digest ("" when the run builds nothing). */
  image?: string;
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
  const images = Object.fromEntries(
    projects.filter((project) => project.image.reference.includes("@sha256:")).map((project) => [project.project, project.image.reference]),
  );
  const dags =
    report === undefined || report.dryRun
      ? []
      : projects.flatMap((project) =>
          project.sync.actions.filter((action) => action.action !== "delete").map((action) => `${project.sync.location}${action.path}`),
        );
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

/** The plan job's outputs: the changed projects as the build jobs' matrix, and whether those jobs have work. */
export function planJobOutputs(facts: RunFacts, promotesFrom?: string): ActionOutputs {
  // A promoting environment deploys digests another environment runs: there is nothing to build.
  const buildNeeded = facts.plan.kind === "deploy" && facts.changed.length > 0 && promotesFrom === undefined;
  return { ...actionOutputs(undefined, facts), matrix: JSON.stringify({ project: facts.changed }), "build-needed": String(buildNeeded) };
}

/** A build job's outputs: its one image, also as `images` (the build jobs' `images`, merged, are the deploy job's `digests`). */
export function buildJobOutputs(facts: RunFacts, project: string, reference: string | undefined): ActionOutputs {
  return { ...actionOutputs(undefined, facts), images: JSON.stringify(reference === undefined ? {} : { [project]: reference }), image: reference ?? "" };
}
