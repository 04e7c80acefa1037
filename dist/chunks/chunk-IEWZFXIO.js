import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  UserError
} from "./chunk-K7TMSU63.js";

// src/import-check/commands.ts
var AIRFLOW_3_NO_FOLDER_CHECK = "Airflow 3's `dags list-import-errors` has no --subdir: it reads the import errors the DAG processor recorded, or with --local parses the environment's DAG bundles, never a staging folder";
var JSON_OUTPUT = ["--output", "json"];
var VERSION_COMMAND = { command: "version", subcommand: "", parameters: [] };
function folderImportErrors(airflow, folder, where) {
  if (airflow === 2)
    return { kind: "command", command: { command: "dags", subcommand: "list-import-errors", parameters: ["--subdir", folder, ...JSON_OUTPUT] } };
  if (where === "composer") return { kind: "unavailable", reason: AIRFLOW_3_NO_FOLDER_CHECK };
  return {
    kind: "command",
    command: { command: "dags", subcommand: "list-import-errors", parameters: ["--local", ...JSON_OUTPUT] },
    env: { AIRFLOW__CORE__DAGS_FOLDER: folder }
  };
}
function folderReport(airflow, folder) {
  if (airflow === 3) return { kind: "unavailable", reason: "Airflow 3's `dags report` has no --subdir" };
  return { kind: "command", command: { command: "dags", subcommand: "report", parameters: ["--subdir", folder, ...JSON_OUTPUT] } };
}
function environmentImportErrors(airflow, deployedFolder) {
  if (airflow === 2) return { command: "dags", subcommand: "list-import-errors", parameters: ["--subdir", deployedFolder, ...JSON_OUTPUT] };
  return { command: "dags", subcommand: "list-import-errors", parameters: [...JSON_OUTPUT] };
}
function pythonArgv(command) {
  return ["-m", "airflow", command.command, ...command.subcommand === "" ? [] : [command.subcommand], ...command.parameters];
}
function airflowMajorOf(lines) {
  for (const line of lines) {
    const match = /^\s*v?(\d+)\.\d+(?:\.\d+)?\S*\s*$/.exec(line);
    if (match) {
      const major = Number(match[1]);
      if (major === 2 || major === 3) return major;
    }
  }
  return void 0;
}

// src/import-check/plan.ts
function planImportCheck(settings, composerAirflow, dryRun) {
  if (settings.enabled === false && settings.python !== void 0) {
    throw new UserError("--no-import-check and --import-check-python contradict each other: drop one of them");
  }
  if (dryRun || settings.enabled === false) return { before: "none", readBack: false };
  const readBack = composerAirflow !== void 0;
  if (settings.python !== void 0) return { before: "python", readBack };
  if (composerAirflow === 2) return { before: "composer", readBack };
  if (composerAirflow === 3) {
    const reason = `${AIRFLOW_3_NO_FOLDER_CHECK}; --import-check-python PYTHON with an Airflow 3 installation proves the files before the deploy`;
    if (settings.enabled === true)
      throw new UserError(
        `the import check cannot run in this Airflow 3 environment before the deploy: ${reason}, or turn the check off (import-check: false / --no-import-check)`
      );
    return { before: "none", skipped: reason, readBack };
  }
  if (settings.enabled === true) {
    throw new UserError("the import check needs a Composer environment as the destination or a local Python with Airflow (--import-check-python PYTHON)");
  }
  return { before: "none", readBack: false };
}
function formatImportProblem(problem) {
  const where = problem.line === void 0 ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.message}${problem.source === void 0 ? "" : ` (rendered from ${problem.source})`}`;
}
function importCheckNotes(report) {
  if (report === void 0) return [];
  const notes = [];
  if (report.provedIn !== void 0) notes.push(`Import check: every DAG file imported in ${report.provedIn} before the deploy.`);
  if (report.skipped !== void 0) notes.push(`Import check before the deploy skipped: ${report.skipped}.`);
  if (report.afterDeploy !== void 0) {
    const found = report.afterDeploy;
    notes.push(
      found.length === 0 ? `After the deploy the environment reports no import errors for the deployed files${report.afterDeployNote ? ` (${report.afterDeployNote})` : ""}.` : `After the deploy the environment reports ${found.length} import error(s)${report.afterDeployNote ? ` (${report.afterDeployNote})` : ""}: ${found.map(formatImportProblem).join("; ")}`
    );
  } else if (report.afterDeployNote !== void 0) {
    notes.push(`After the deploy: ${report.afterDeployNote}.`);
  }
  return notes;
}

export {
  VERSION_COMMAND,
  folderImportErrors,
  folderReport,
  environmentImportErrors,
  pythonArgv,
  airflowMajorOf,
  planImportCheck,
  formatImportProblem,
  importCheckNotes
};
//# sourceMappingURL=chunk-IEWZFXIO.js.map
