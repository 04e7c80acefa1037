import { describe, expect, it } from "vitest";
import { importCheckNotes, planImportCheck, type ImportCheckPlan, type ImportCheckSettings } from "../../src/import-check/plan.js";
import type { AirflowMajor } from "../../src/profile.js";

describe("whether and where a deploy proves its files import", () => {
  it.each<[string, ImportCheckSettings, AirflowMajor | undefined, boolean, Omit<ImportCheckPlan, "skipped"> | RegExp]>([
    ["Composer + Airflow 2, default: checked in the environment", {}, 2, false, { before: "composer", readBack: true }],
    ["Composer + Airflow 2, on", { enabled: true }, 2, false, { before: "composer", readBack: true }],
    ["Composer, off", { enabled: false }, 2, false, { before: "none", readBack: false }],
    ["Composer + Airflow 3, default: only the read-back", {}, 3, false, { before: "none", readBack: true }],
    ["Composer + Airflow 3, on: refused", { enabled: true }, 3, false, /cannot run in this Airflow 3 environment before the deploy/],
    ["Composer + Airflow 3 with a local Python", { python: "py" }, 3, false, { before: "python", readBack: true }],
    ["a bucket or folder, default: nothing", {}, undefined, false, { before: "none", readBack: false }],
    ["a bucket or folder, on: refused", { enabled: true }, undefined, false, /needs a Composer environment as the destination or a local Python/],
    ["a bucket or folder with a local Python", { python: "py" }, undefined, false, { before: "python", readBack: false }],
    ["off with a Python: contradictory", { enabled: false, python: "py" }, undefined, false, /contradict each other/],
    ["a dry run checks nothing", { enabled: true }, 2, true, { before: "none", readBack: false }],
  ])("%s", (_, settings, airflow, dryRun, expected) => {
    if (expected instanceof RegExp) {
      expect(() => planImportCheck(settings, airflow, dryRun)).toThrow(expected);
      return;
    }
    const { skipped, ...plan } = planImportCheck(settings, airflow, dryRun);
    expect(plan).toEqual(expected);
    expect(skipped !== undefined).toBe(airflow === 3 && expected.before === "none" && expected.readBack);
  });

  it("the report's notes", () => {
    expect(importCheckNotes(undefined)).toEqual([]);
    expect(importCheckNotes({ provedIn: "Composer environment E", afterDeploy: [], afterDeployNote: "right after the upload" })).toEqual([
      "Import check: every DAG file imported in Composer environment E before the deploy.",
      "After the deploy the environment reports no import errors for the deployed files (right after the upload).",
    ]);
    expect(
      importCheckNotes({ skipped: "no --subdir", afterDeploy: [{ file: "dags/etl/a/a.py", line: 7, message: "ModuleNotFoundError: No module named 'k'" }] }),
    ).toEqual([
      "Import check before the deploy skipped: no --subdir.",
      "After the deploy the environment reports 1 import error(s): dags/etl/a/a.py:7: ModuleNotFoundError: No module named 'k'",
    ]);
    expect(importCheckNotes({ afterDeployNote: "could not read the environment's import errors: denied" })).toEqual([
      "After the deploy: could not read the environment's import errors: denied.",
    ]);
  });
});
