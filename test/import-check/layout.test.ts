import { describe, expect, it } from "vitest";
import { commonFolder, mountedPath, newRunId, runStartedAt, stageFiles, staleStagingPrefixes, stagingPrefix } from "../../src/import-check/layout.js";

const SHA = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

describe("the staging layout of the import check", () => {
  it("a run's id carries its start (UTC, to the second), the commit and a random part, and can be aged", () => {
    const id = newRunId(new Date("2025-06-01T10:20:30.456Z"), SHA, "0a1b2c3d");
    expect(id).toBe("20250601T102030Z-4b825dc642cb-0a1b2c3d");
    expect(runStartedAt(id)?.toISOString()).toBe("2025-06-01T10:20:30.000Z");
    expect(runStartedAt("someone-elses-folder")).toBeUndefined();
  });

  it("the run's folder lies under data/, where Composer mounts it at /home/airflow/gcs/data", () => {
    const prefix = stagingPrefix("20250601T102030Z-4b825dc642cb-0a1b2c3d");
    expect(prefix).toBe("data/dagship-import-check/20250601T102030Z-4b825dc642cb-0a1b2c3d/");
    expect(mountedPath(prefix)).toBe("/home/airflow/gcs/data/dagship-import-check/20250601T102030Z-4b825dc642cb-0a1b2c3d");
    expect(() => stagingPrefix("../dags")).toThrow(/unsafe object key/);
  });

  it.each<[string, { project: string; path: string }[], string[] | RegExp]>([
    [
      "one folder per project",
      [
        { project: "sales", path: "sales.py" },
        { project: "billing", path: "billing.py" },
      ],
      ["sales/sales.py", "billing/billing.py"],
    ],
    ["a path that climbs out is refused", [{ project: "sales", path: "../../dags/x.py" }], /unsafe object key/],
    [
      "two files on one path are refused",
      [
        { project: "a", path: "x.py" },
        { project: "a", path: "x.py" },
      ],
      /share the staging path a\/x\.py/,
    ],
  ])("%s", (_, files, expected) => {
    const run = () => stageFiles(files.map((file) => ({ ...file, content: "", dagId: "d" }))).map((file) => file.relative);
    if (expected instanceof RegExp) expect(run).toThrow(expected);
    else expect(run()).toEqual(expected);
  });

  it("folders of runs that started more than a day ago are stale; newer ones and foreign names are kept", () => {
    const now = new Date("2025-06-02T12:00:00Z");
    const keys = [
      "data/dagship-import-check/20250601T110000Z-aaaa-1/sales/sales.py",
      "data/dagship-import-check/20250601T110000Z-aaaa-1/billing/billing.py",
      "data/dagship-import-check/20250601T130000Z-bbbb-2/sales/sales.py",
      "data/dagship-import-check/notes/readme.txt",
    ];
    expect(staleStagingPrefixes(keys, now)).toEqual(["data/dagship-import-check/20250601T110000Z-aaaa-1/"]);
  });

  it.each<[string[], string]>([
    [["dags/etl/sales/sales.py", "dags/etl/billing/billing.py"], "dags/etl"],
    [["dags/etl/sales/sales.py"], "dags/etl/sales"],
    [["dags/a/x.py", "other/b/y.py"], ""],
    [[], ""],
  ])("the folder holding %j", (keys, folder) => {
    expect(commonFolder(keys)).toBe(folder);
  });
});
