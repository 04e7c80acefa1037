/**
 * The Airflow CLI commands of the import check, per Airflow major version. Pure.
 *
 * Airflow 2 (2.7 to 2.11): `dags list-import-errors` and `dags report` take `-S/--subdir` and
 * build a DagBag of exactly that folder; `--output json` prints one JSON list. Airflow 3 removed
 * `--subdir`: `dags list-import-errors` reads the import errors the DAG processor recorded in the
 * database, or with `-l/--local` (added during the 3.0 line) parses the configured DAG bundles, the DAG
 * folder by default. No Airflow 3 command parses an arbitrary folder without running its DAGs,
 * so in a Composer environment with Airflow 3 a staging folder cannot be checked; a local Airflow
 * 3 can, with its DAG folder pointed at the staging folder.
 */
import type { AirflowCliCommand as AirflowCommand } from "../google/airflow-command.js";
import type { AirflowMajor } from "../profile.js";

export type { AirflowCommand };

/** A command to run, with the configuration it needs (local runs only), or why there is none. */
export type PlannedCommand = { kind: "command"; command: AirflowCommand; env?: Readonly<Record<string, string>> } | { kind: "unavailable"; reason: string };

/** Why a Composer environment with Airflow 3 cannot check a staging folder before the deploy. */
export const AIRFLOW_3_NO_FOLDER_CHECK =
  "Airflow 3's `dags list-import-errors` has no --subdir: it reads the import errors the DAG processor " +
  "recorded, or with --local parses the environment's DAG bundles, never a staging folder";

const JSON_OUTPUT = ["--output", "json"];

/** `airflow version`: which Airflow a local Python has. */
export const VERSION_COMMAND: AirflowCommand = { command: "version", subcommand: "", parameters: [] };

/**
 * List the import errors of every DAG file in `folder` (as the runner sees it).
 * @param where Composer runs take no configuration; a local run can point Airflow 3's DAG folder at `folder`.
 */
export function folderImportErrors(airflow: AirflowMajor, folder: string, where: "composer" | "local"): PlannedCommand {
  if (airflow === 2)
    return { kind: "command", command: { command: "dags", subcommand: "list-import-errors", parameters: ["--subdir", folder, ...JSON_OUTPUT] } };
  if (where === "composer") return { kind: "unavailable", reason: AIRFLOW_3_NO_FOLDER_CHECK };
  return {
    kind: "command",
    command: { command: "dags", subcommand: "list-import-errors", parameters: ["--local", ...JSON_OUTPUT] },
    env: { AIRFLOW__CORE__DAGS_FOLDER: folder },
  };
}

/**
 * Which DAGs every file in `folder` defined (Airflow 2's `dags report`): proof that the files
 * were there to parse at all, since a folder the command cannot see reports no errors either.
 */
export function folderReport(airflow: AirflowMajor, folder: string): PlannedCommand {
  if (airflow === 3) return { kind: "unavailable", reason: "Airflow 3's `dags report` has no --subdir" };
  return { kind: "command", command: { command: "dags", subcommand: "report", parameters: ["--subdir", folder, ...JSON_OUTPUT] } };
}

/**
 * The environment's own import errors for its DAG folder after a deploy: Airflow 2 parses the
 * deployed folder again; Airflow 3 reads what its DAG processor recorded.
 */
export function environmentImportErrors(airflow: AirflowMajor, deployedFolder: string): AirflowCommand {
  if (airflow === 2) return { command: "dags", subcommand: "list-import-errors", parameters: ["--subdir", deployedFolder, ...JSON_OUTPUT] };
  return { command: "dags", subcommand: "list-import-errors", parameters: [...JSON_OUTPUT] };
}

/** `python -m airflow ...` arguments of a command. */
export function pythonArgv(command: AirflowCommand): string[] {
  return ["-m", "airflow", command.command, ...(command.subcommand === "" ? [] : [command.subcommand]), ...command.parameters];
}

/** The major version from `airflow version` output (e.g. `2.10.5`), or undefined. */
export function airflowMajorOf(lines: readonly string[]): AirflowMajor | undefined {
  for (const line of lines) {
    const match = /^\s*v?(\d+)\.\d+(?:\.\d+)?\S*\s*$/.exec(line);
    if (match) {
      const major = Number(match[1]);
      if (major === 2 || major === 3) return major;
    }
  }
  return undefined;
}
