/**
 * `dagship deploy --import-check-python PYTHON`: the same gate with a local Python, for local
 * and gs:// destinations. Airflow cannot be installed here, so PYTHON is python3 with the Airflow
 * CLI stand-in module on PYTHONPATH (it compiles each file and imports nothing); real git
 * repositories, real local folder and storage-emulator destinations.
 */
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { GcsStore } from "../../src/sync/index.js";
import { emulatorHost, freshBucket } from "../sync/helpers.js";
import { addResources, AIRFLOW_STAND_IN, newRepo } from "./fixtures.js";

const saved = { ...process.env };
beforeEach(() => {
  process.env["PYTHONPATH"] = AIRFLOW_STAND_IN;
  delete process.env["AIRFLOW_STAND_IN_VERSION"];
  delete process.env["AIRFLOW_STAND_IN_MISSING_MODULES"];
});
afterEach(() => {
  process.env = { ...saved };
});

async function dagship(cwd: string, ...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

function files(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}

/** A destination folder that does not exist yet. */
const freshDest = (): string => join(mkdtempSync(join(tmpdir(), "dagship-dest-")), "dags");

const leftovers = () => readdirSync(tmpdir()).filter((name) => name.startsWith("dagship-import-check-") || name.startsWith("dagship-airflow-home-"));

describe("--import-check-python with the Airflow CLI stand-in module", () => {
  it("clean files deploy to a local folder, and the check's folders are gone afterwards (stand-in)", async () => {
    const repo = newRepo();
    const before = leftovers();
    const dest = freshDest();
    const result = await dagship(repo, "deploy", "--dest", dest, "--import-check-python", "python3", "--json");
    expect(result.stderr).toMatch(/import check: every DAG file imports in python3 \(Airflow 2, run locally\)/);
    expect(result.code).toBe(0);
    expect(files(dest).filter((file) => file.endsWith(".py"))).toEqual(["etl/billing/billing.py", "etl/orders/orders.py"]);
    expect((JSON.parse(result.stdout) as { importCheck?: unknown }).importCheck).toEqual({ provedIn: "python3 (Airflow 2, run locally)" });
    expect(result.stderr).toContain("Import check: every DAG file imported in python3 (Airflow 2, run locally) before the deploy.");
    expect(leftovers()).toEqual(before);
  });

  it("an import error stops the deploy to a gs:// bucket before any write, naming the file and line (stand-in)", async () => {
    const repo = newRepo();
    addResources(repo);
    process.env["AIRFLOW_STAND_IN_MISSING_MODULES"] = "kubernetes";
    process.env["STORAGE_EMULATOR_HOST"] = emulatorHost();
    const bucket = freshBucket("gate-local");
    const result = await dagship(repo, "deploy", "--dest", `gs://${bucket}/dags`, "--import-check-python", "python3");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /dagship: 1 of 2 DAG file\(s\) do not import in python3; nothing under dags\/ was changed:\n {2}orders\/orders\.py:\d+: ModuleNotFoundError: No module named 'kubernetes' \(rendered from projects\/orders\/dag\.yaml\)/,
    );
    expect(await new GcsStore(bucket, { apiEndpoint: emulatorHost() }).list("")).toEqual([]);
  });

  it("Airflow 3: the DAG folder is pointed at the staging folder and --local parses it (stand-in)", async () => {
    process.env["AIRFLOW_STAND_IN_VERSION"] = "3.1.0";
    const dest = freshDest();
    const clean = await dagship(newRepo(), "deploy", "--dest", dest, "--airflow", "3", "--import-check-python", "python3");
    expect(clean.stderr).toContain("every DAG file imports in python3 (Airflow 3, run locally)");
    expect(clean.code).toBe(0);

    const broken = newRepo();
    addResources(broken);
    process.env["AIRFLOW_STAND_IN_MISSING_MODULES"] = "kubernetes";
    const other = freshDest();
    const refused = await dagship(broken, "deploy", "--dest", other, "--airflow", "3", "--import-check-python", "python3");
    expect(refused.stderr).toMatch(/orders\/orders\.py:\d+: ModuleNotFoundError: No module named 'kubernetes'/);
    expect(refused.code).toBe(1);
    expect(files(other)).toEqual([]);
  });

  it.each<[string, Record<string, string>, string[], RegExp]>([
    [
      "a Python whose Airflow is not the one the DAGs are rendered for (stand-in)",
      { AIRFLOW_STAND_IN_VERSION: "3.1.0" },
      ["--import-check-python", "python3"],
      /dagship: the DAGs are rendered for Airflow 2, but python3 has Airflow 3\.1\.0: check with a Python that has Airflow 2/,
    ],
    [
      "a Python without Airflow",
      { PYTHONPATH: "" },
      ["--import-check-python", "python3"],
      /dagship: the import check could not run: `airflow version` in python3 ended with exit status 1 and printed no Airflow version \(is Airflow installed for this Python\?\); its last lines:\n.*No module named airflow/s,
    ],
    [
      "a Python that does not exist",
      {},
      ["--import-check-python", "/nonexistent/python3"],
      /dagship: --import-check-python \/nonexistent\/python3: cannot run it \(spawn \/nonexistent\/python3 ENOENT\); name a Python that has Airflow installed/,
    ],
    [
      "--import-check without an environment or a Python",
      {},
      ["--import-check"],
      /dagship: the import check needs a Composer environment as the destination or a local Python with Airflow \(--import-check-python PYTHON\)/,
    ],
    [
      "--import-check with --no-import-check",
      {},
      ["--import-check", "--no-import-check"],
      /dagship: --import-check and --no-import-check contradict each other/,
    ],
    [
      "--no-import-check with a Python",
      {},
      ["--no-import-check", "--import-check-python", "python3"],
      /dagship: --no-import-check and --import-check-python contradict each other/,
    ],
  ])("refused before any write: %s", async (_, env, flags, message) => {
    Object.assign(process.env, env);
    const dest = freshDest();
    const result = await dagship(newRepo(), "deploy", "--dest", dest, ...flags);
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(1);
    expect(files(dest)).toEqual([]);
  });
});
