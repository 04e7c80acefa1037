import { describe, expect, it } from "vitest";
import { commandText } from "../../src/google/airflow-command.js";
import {
  airflowMajorOf,
  environmentImportErrors,
  folderImportErrors,
  folderReport,
  pythonArgv,
  VERSION_COMMAND,
  type PlannedCommand,
} from "../../src/import-check/commands.js";
import type { AirflowMajor } from "../../src/profile.js";

const STAGING = "/home/airflow/gcs/data/dagship-import-check/20250101T000000Z-abc-1234";

describe("the import check's Airflow commands per Airflow version", () => {
  it.each<[string, AirflowMajor, "composer" | "local", PlannedCommand]>([
    [
      "Airflow 2 in Composer: --subdir the staging folder",
      2,
      "composer",
      { kind: "command", command: { command: "dags", subcommand: "list-import-errors", parameters: ["--subdir", STAGING, "--output", "json"] } },
    ],
    [
      "Airflow 2 locally: the same",
      2,
      "local",
      { kind: "command", command: { command: "dags", subcommand: "list-import-errors", parameters: ["--subdir", STAGING, "--output", "json"] } },
    ],
    [
      "Airflow 3 locally: --local with the DAG folder pointed at it",
      3,
      "local",
      {
        kind: "command",
        command: { command: "dags", subcommand: "list-import-errors", parameters: ["--local", "--output", "json"] },
        env: { AIRFLOW__CORE__DAGS_FOLDER: STAGING },
      },
    ],
  ])("%s", (_, airflow, where, expected) => {
    expect(folderImportErrors(airflow, STAGING, where)).toEqual(expected);
  });

  it("Airflow 3 in Composer has no command that checks a staging folder, and says why", () => {
    const planned = folderImportErrors(3, STAGING, "composer");
    expect(planned.kind).toBe("unavailable");
    expect(planned.kind === "unavailable" && planned.reason).toMatch(
      /has no --subdir: it reads the import errors the DAG processor recorded, or with --local parses the environment's DAG bundles/,
    );
  });

  it.each<[AirflowMajor, string[] | undefined]>([
    [2, ["--subdir", STAGING, "--output", "json"]],
    [3, undefined],
  ])("dags report on Airflow %s", (airflow, parameters) => {
    const planned = folderReport(airflow, STAGING);
    expect(planned.kind === "command" ? planned.command.parameters : undefined).toEqual(parameters);
  });

  it.each<[AirflowMajor, string[]]>([
    [2, ["--subdir", "/home/airflow/gcs/dags/etl", "--output", "json"]],
    [3, ["--output", "json"]],
  ])("reading the deployed files' errors back on Airflow %s", (airflow, parameters) => {
    expect(environmentImportErrors(airflow, "/home/airflow/gcs/dags/etl")).toEqual({ command: "dags", subcommand: "list-import-errors", parameters });
  });

  it.each([
    [VERSION_COMMAND, ["-m", "airflow", "version"], "airflow version"],
    [
      { command: "dags", subcommand: "report", parameters: ["--subdir", "/x", "--output", "json"] },
      ["-m", "airflow", "dags", "report", "--subdir", "/x", "--output", "json"],
      "airflow dags report --subdir /x --output json",
    ],
  ])("argv and text of %j", (command, argv, text) => {
    expect(pythonArgv(command)).toEqual(argv);
    expect(commandText(command)).toBe(text);
  });

  it.each<[string[], AirflowMajor | undefined]>([
    [["2.10.5"], 2],
    [["[2025-01-01] {settings.py} INFO - hello", "3.1.0"], 3],
    [["3.0.2rc1"], 3],
    [["1.10.15"], undefined],
    [["/usr/bin/python3: No module named airflow"], undefined],
    [[], undefined],
  ])("the Airflow major of `airflow version` printing %j", (lines, major) => {
    expect(airflowMajorOf(lines)).toBe(major);
  });
});
