/**
 * Whether and where a deploy proves its DAG files import, and what the report says of it. Pure.
 */
import { UserError } from "../errors.js";
import type { AirflowMajor } from "../profile.js";
import { AIRFLOW_3_NO_FOLDER_CHECK } from "./commands.js";

/** The user's choice: `enabled` undefined means on for Composer destinations, off otherwise. */
export interface ImportCheckSettings {
  enabled?: boolean;
  /** A Python with Airflow installed: the check runs locally with it instead. */
  python?: string;
}

/** What a deploy does about imports. */
export interface ImportCheckPlan {
  /** Where the files are proved to import before anything under dags/ changes. */
  before: "composer" | "python" | "none";
  /** Why the proof before the deploy does not run although the check is on. */
  skipped?: string;
  /** Read the environment's import errors for the deployed files afterwards (Composer only). */
  readBack: boolean;
}

/**
 * The plan for a run: a dry run writes nothing and checks nothing; a local Python checks
 * anywhere; a Composer environment checks itself when its Airflow can parse a staging folder
 * (Airflow 2), and reads its import errors back after the deploy either way.
 * @param composerAirflow the environment's Airflow when the destination is a Composer environment
 * @throws UserError when the check is asked for where it cannot run
 */
export function planImportCheck(settings: ImportCheckSettings, composerAirflow: AirflowMajor | undefined, dryRun: boolean): ImportCheckPlan {
  if (settings.enabled === false && settings.python !== undefined) {
    throw new UserError("--no-import-check and --import-check-python contradict each other: drop one of them");
  }
  if (dryRun || settings.enabled === false) return { before: "none", readBack: false };
  const readBack = composerAirflow !== undefined;
  if (settings.python !== undefined) return { before: "python", readBack };
  if (composerAirflow === 2) return { before: "composer", readBack };
  if (composerAirflow === 3) {
    const reason = `${AIRFLOW_3_NO_FOLDER_CHECK}; --import-check-python PYTHON with an Airflow 3 installation proves the files before the deploy`;
    if (settings.enabled === true)
      throw new UserError(
        `the import check cannot run in this Airflow 3 environment before the deploy: ${reason}, or turn the check off (import-check: false / --no-import-check)`,
      );
    return { before: "none", skipped: reason, readBack };
  }
  if (settings.enabled === true) {
    throw new UserError("the import check needs a Composer environment as the destination or a local Python with Airflow (--import-check-python PYTHON)");
  }
  return { before: "none", readBack: false };
}

/** An import error of one DAG file. */
export interface ImportProblem {
  /** The rendered file: `<project>/<file>` before the deploy, the object key after it. */
  file: string;
  line?: number;
  /** The exception, e.g. `ModuleNotFoundError: No module named 'x'`. */
  message: string;
  /** The dag.yaml the file is rendered from, when known. */
  source?: string;
}

/** What the import check did, for the deploy report, the job summary and `--json`. */
export interface ImportCheckReport {
  /** Where every rendered file was proved to import before the deploy. */
  provedIn?: string;
  /** Why that proof did not run although the check is on. */
  skipped?: string;
  /** The environment's import errors for the deployed files, read after the deploy; absent when not read. */
  afterDeploy?: ImportProblem[];
  /** What the read-back shows, or why it could not be made. */
  afterDeployNote?: string;
}

/** `file:line: message`, the form the check's messages use. */
export function formatImportProblem(problem: ImportProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.message}${problem.source === undefined ? "" : ` (rendered from ${problem.source})`}`;
}

/** The report as lines for the job summary, the pull request comment and the CLI. */
export function importCheckNotes(report: ImportCheckReport | undefined): string[] {
  if (report === undefined) return [];
  const notes: string[] = [];
  if (report.provedIn !== undefined) notes.push(`Import check: every DAG file imported in ${report.provedIn} before the deploy.`);
  if (report.skipped !== undefined) notes.push(`Import check before the deploy skipped: ${report.skipped}.`);
  if (report.afterDeploy !== undefined) {
    const found = report.afterDeploy;
    notes.push(
      found.length === 0
        ? `After the deploy the environment reports no import errors for the deployed files${report.afterDeployNote ? ` (${report.afterDeployNote})` : ""}.`
        : `After the deploy the environment reports ${found.length} import error(s)${report.afterDeployNote ? ` (${report.afterDeployNote})` : ""}: ${found.map(formatImportProblem).join("; ")}`,
    );
  } else if (report.afterDeployNote !== undefined) {
    notes.push(`After the deploy: ${report.afterDeployNote}.`);
  }
  return notes;
}
