/**
 * The import gate of a deploy: before anything under dags/ changes, the rendered files are
 * staged (the environment bucket's data/ folder, or a local folder), Airflow lists their import
 * errors, and the deploy goes on only when there are none; the staging folder is removed
 * whatever happens. After the deploy the environment's own import errors for the deployed files
 * are read back for the report.
 */
import { randomBytes } from "node:crypto";
import { messageOf, UserError } from "../errors.js";
import { commandText, type AirflowCommandOptions, type AirflowCommandRun } from "../google/airflow-command.js";
import type { Logger } from "../log.js";
import type { AirflowMajor } from "../profile.js";
import type { SyncTarget } from "../sync/target.js";
import { DEFAULT_RETRY, type RetryPolicy } from "../util/async.js";
import {
  airflowMajorOf,
  environmentImportErrors,
  folderImportErrors,
  folderReport,
  VERSION_COMMAND,
  type AirflowCommand,
  type PlannedCommand,
} from "./commands.js";
import { commonFolder, COMPOSER_BUCKET_MOUNT, mountedPath, newRunId, stageFiles, type CheckedFile, type StagedFile } from "./layout.js";
import { parseImportErrors, parseReport, relativeTo, shortenImportError } from "./output.js";
import { formatImportProblem, planImportCheck, type ImportCheckReport, type ImportCheckSettings, type ImportProblem } from "./plan.js";
import { composerRunner, pythonRunner, type AirflowRunner, type PythonRunnerOptions } from "./runners.js";
import { stageInBucket, stageLocally, type Staging } from "./staging.js";

/** One deploy's import check. */
export interface ImportGateRequest {
  settings: ImportCheckSettings;
  /** The opened destination; a Composer environment is checked in itself. */
  target: SyncTarget;
  /** The Airflow the files are rendered for. */
  airflow: AirflowMajor;
  files: readonly CheckedFile[];
  commit: string;
  dryRun: boolean;
}

/** Collaborators and limits; all have defaults. */
export interface ImportGateDeps {
  log: Logger;
  /** How to reach the Composer API and how long a command may take. */
  composer?: AirflowCommandOptions;
  python?: PythonRunnerOptions;
  retry?: RetryPolicy;
  now?: () => Date;
}

/** A passed gate: its report so far, and the read-back to run once the files are deployed. */
export interface ImportGate {
  readonly report: ImportCheckReport;
  /** @param deployedKeys object keys of the DAG files the destination now holds */
  afterDeploy(deployedKeys: readonly string[]): Promise<ImportCheckReport>;
}

const WHAT = "the import check";
const READ_BACK_2 = "Airflow parsed the environment's copy of the DAG folder right after the upload; Composer may still have been copying the newest files";
const READ_BACK_3 = "as the environment's DAG processor last recorded them; a file it has not parsed since the deploy shows its earlier state";

function failedCommand(runner: AirflowRunner, command: AirflowCommand, run: AirflowCommandRun, expected: string): UserError {
  const tail = run.lines
    .filter((line) => line.trim() !== "")
    .slice(-8)
    .map((line) => `  ${line.length > 300 ? `${line.slice(0, 299)}…` : line}`);
  return new UserError(
    `${WHAT} could not run: \`${commandText(command)}\` in ${runner.where} ended with exit status ${run.exitCode}${run.error ? ` (${run.error})` : ""} ` +
      `and printed no ${expected}${tail.length > 0 ? `; its last lines:\n${tail.join("\n")}` : ""}`,
  );
}

function commandOf(planned: PlannedCommand): { command: AirflowCommand; env?: Readonly<Record<string, string>> } {
  // Planning only picks runners whose Airflow can check a folder.
  if (planned.kind === "unavailable") throw new Error(`no import-check command: ${planned.reason}`);
  return planned;
}

async function checkStaging(runner: AirflowRunner, airflow: AirflowMajor, staging: Staging, files: readonly StagedFile[], log: Logger): Promise<void> {
  const { command, env } = commandOf(folderImportErrors(airflow, staging.folder, runner.kind));
  const run = await runner.run(command, env);
  // Exit status 1 is how the command says it found import errors; anything else is its own failure.
  const entries = run.exitCode === 0 || run.exitCode === 1 ? parseImportErrors(run.lines) : undefined;
  if (entries === undefined) throw failedCommand(runner, command, run, "import-error list (JSON)");
  const byPath = new Map(files.map((file) => [file.relative, file]));
  const problems: ImportProblem[] = [];
  for (const entry of entries) {
    const file = byPath.get(relativeTo(entry.filepath, staging.folder) ?? "");
    if (file === undefined) {
      log.debug(`${WHAT}: ignoring an import error of ${entry.filepath}, which is not one of the staged files`);
      continue;
    }
    const short = shortenImportError(entry.error, entry.filepath);
    problems.push({
      file: file.relative,
      ...(short.line === undefined ? {} : { line: short.line }),
      message: short.message,
      ...(file.source === undefined ? {} : { source: file.source }),
    });
  }
  if (problems.length > 0) {
    throw new UserError(
      `${problems.length} of ${files.length} DAG file(s) do not import in ${runner.where}; nothing under dags/ was changed:\n` +
        `${problems.map((problem) => `  ${formatImportProblem(problem)}`).join("\n")}\n` +
        `Fix the dag.yaml (or what the environment lacks) and deploy again; \`${commandText(command)}\` shows the whole traceback.`,
    );
  }
  if (runner.kind === "composer") await checkSeen(runner, airflow, staging, files);
}

/**
 * A folder the environment cannot see yields no import errors either: `dags report` must name
 * every staged file with the DAG it defines before "no errors" counts as proof.
 */
async function checkSeen(runner: AirflowRunner, airflow: AirflowMajor, staging: Staging, files: readonly StagedFile[]): Promise<void> {
  const { command } = commandOf(folderReport(airflow, staging.folder));
  const run = await runner.run(command);
  const entries = run.exitCode === 0 ? parseReport(run.lines) : undefined;
  if (entries === undefined) throw failedCommand(runner, command, run, "DagBag report (JSON)");
  const seen = new Map(entries.map((entry) => [relativeTo(entry.file, staging.folder) ?? entry.file, entry]));
  const unseen = files.filter((file) => !seen.has(file.relative));
  if (unseen.length > 0) {
    throw new UserError(
      `${WHAT} found no import errors, but ${runner.where} did not see ${unseen.map((file) => file.relative).join(", ")} in ${staging.folder} ` +
        `(uploaded to ${staging.location}; Composer mounts the bucket's data/ folder at ${COMPOSER_BUCKET_MOUNT}/data): that proves nothing, so nothing under dags/ was changed. Deploy again`,
    );
  }
  const without = files.filter((file) => !(seen.get(file.relative)?.dags ?? []).includes(file.dagId));
  if (without.length > 0) {
    throw new UserError(
      `${without.map((file) => `${file.relative} imports but defines no DAG "${file.dagId}" (found: ${(seen.get(file.relative)?.dags ?? []).join(", ") || "none"})`).join("; ")} in ${runner.where}; nothing under dags/ was changed`,
    );
  }
}

async function proveWithPython(python: string, request: ImportGateRequest, files: readonly StagedFile[], deps: ImportGateDeps): Promise<string> {
  const runner = await pythonRunner(python, deps.log, deps.python);
  try {
    const version = await runner.run(VERSION_COMMAND);
    const major = airflowMajorOf(version.lines);
    if (major === undefined) throw failedCommand(runner, VERSION_COMMAND, version, "Airflow version (is Airflow installed for this Python?)");
    if (major !== request.airflow) {
      throw new UserError(
        `the DAGs are rendered for Airflow ${request.airflow}, but ${python} has Airflow ${version.lines.find((line) => /\d/.test(line))?.trim() ?? major}: check with a Python that has Airflow ${request.airflow}`,
      );
    }
    const staging = await stageLocally(files, deps.log);
    try {
      await checkStaging(runner, major, staging, files, deps.log);
    } finally {
      const problem = await staging.remove();
      if (problem !== undefined) deps.log.warn(problem);
    }
    return `${python} (Airflow ${major}, run locally)`;
  } finally {
    await runner.close();
  }
}

async function proveInComposer(request: ImportGateRequest, files: readonly StagedFile[], deps: ImportGateDeps): Promise<string> {
  const environment = request.target.composer;
  if (environment === undefined) throw new Error("a Composer import check needs a Composer target");
  const now = (deps.now ?? (() => new Date()))();
  const runner = composerRunner(environment.name, WHAT, deps.log, deps.composer ?? {});
  const staging = await stageInBucket(
    { store: request.target.store, log: deps.log, retry: deps.retry ?? DEFAULT_RETRY },
    newRunId(now, request.commit, randomBytes(4).toString("hex")),
    files,
    now,
  );
  try {
    await checkStaging(runner, environment.versions.airflow, staging, files, deps.log);
  } finally {
    const problem = await staging.remove();
    if (problem !== undefined) deps.log.warn(problem);
  }
  return runner.where;
}

async function readBack(
  request: ImportGateRequest,
  keys: readonly string[],
  deps: ImportGateDeps,
): Promise<Pick<ImportCheckReport, "afterDeploy" | "afterDeployNote">> {
  const environment = request.target.composer;
  if (environment === undefined || keys.length === 0) return { afterDeployNote: "no DAG file was deployed, so none was read back" };
  const airflow = environment.versions.airflow;
  const runner = composerRunner(environment.name, "reading the import errors back", deps.log, deps.composer ?? {});
  const command = environmentImportErrors(airflow, mountedPath(commonFolder(keys) || request.target.dagsFolder));
  const dagsFolder = request.target.dagsFolder;
  const keyOf = (filepath: string): string =>
    filepath.startsWith(`${COMPOSER_BUCKET_MOUNT}/`)
      ? filepath.slice(COMPOSER_BUCKET_MOUNT.length + 1)
      : dagsFolder === ""
        ? filepath
        : `${dagsFolder}/${filepath}`;
  try {
    const run = await runner.run(command);
    const entries = run.exitCode === 0 || run.exitCode === 1 ? parseImportErrors(run.lines) : undefined;
    if (entries === undefined) throw failedCommand(runner, command, run, "import-error list (JSON)");
    const deployed = new Set(keys);
    const afterDeploy = entries
      .filter((entry) => deployed.has(keyOf(entry.filepath)))
      .map((entry) => {
        const short = shortenImportError(entry.error, entry.filepath);
        return { file: keyOf(entry.filepath), ...(short.line === undefined ? {} : { line: short.line }), message: short.message };
      });
    for (const problem of afterDeploy) deps.log.warn(`the environment reports an import error: ${formatImportProblem(problem)}`);
    return { afterDeploy, afterDeployNote: airflow === 2 ? READ_BACK_2 : READ_BACK_3 };
  } catch (thrown) {
    const note = `could not read the environment's import errors: ${messageOf(thrown)}`;
    deps.log.warn(note);
    return { afterDeployNote: note };
  }
}

/**
 * Prove the rendered files import before the deploy (throwing when they do not, with nothing
 * under dags/ changed), and hand back the read-back for after it. Undefined when the run checks
 * nothing (a dry run, the check turned off, a destination without Airflow and no local Python).
 * @throws UserError listing each file that does not import (file, line, exception), or naming
 *   why the check could not run (denied, busy, timed out, the command failed).
 */
export async function importGate(request: ImportGateRequest, deps: ImportGateDeps): Promise<ImportGate | undefined> {
  const plan = planImportCheck(request.settings, request.target.composer?.versions.airflow, request.dryRun);
  if (plan.before === "none" && !plan.readBack) return undefined;
  const report: ImportCheckReport = plan.skipped === undefined ? {} : { skipped: plan.skipped };
  if (plan.skipped !== undefined) deps.log.warn(`import check before the deploy skipped: ${plan.skipped}`);
  if (plan.before !== "none") {
    const files = stageFiles(request.files);
    report.provedIn = await deps.log.group(`Import check of ${files.length} DAG file(s)`, () =>
      plan.before === "python" ? proveWithPython(request.settings.python as string, request, files, deps) : proveInComposer(request, files, deps),
    );
    deps.log.info(`import check: every DAG file imports in ${report.provedIn}`);
  }
  return {
    report,
    afterDeploy: async (keys) =>
      plan.readBack ? Object.assign(report, await deps.log.group("Import errors of the deployed files", () => readBack(request, keys, deps))) : report,
  };
}
