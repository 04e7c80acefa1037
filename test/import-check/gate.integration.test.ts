/**
 * The import gate of a Composer deploy, end to end: real git repositories, the real storage
 * emulator as the environment's bucket, and a local stand-in for the Composer API (checked
 * against the API's published description) whose pretend environment runs the Airflow CLI
 * stand-in over the bucket's dags/ and data/ folders.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployRepository, reportJson, type DeployOptions } from "../../src/deploy.js";
import { UserError } from "../../src/errors.js";
import { MemoryLogger } from "../../src/log.js";
import { renderPreview } from "../../src/report/comment.js";
import { previewModel, SUMMARY_LIMIT } from "../../src/report/model.js";
import { CliGit, GcsStore, parseDestination, type RepositoryIdentity } from "../../src/sync/index.js";
import { startComposerApiStandIn, type ComposerApiStandIn, type PretendEnvironment } from "../google/composer-api-stand-in.js";
import { emulatorHost, FAST_RETRY, freshBucket } from "../sync/helpers.js";
import { addResources, newRepo } from "./fixtures.js";

const TOKEN = "gate-token";
const AIRFLOW_2 = "composer-3-airflow-2.10.5-build.7";
const AIRFLOW_3 = "composer-3-airflow-3.1.0-build.5";

let standIn: ComposerApiStandIn;
const environments: Record<string, PretendEnvironment> = {};
let counter = 0;

/** A new pretend environment with its own bucket in the emulator. */
function environment(settings: Partial<PretendEnvironment> = {}): { name: string; env: PretendEnvironment; store: GcsStore } {
  counter++;
  const name = `projects/data-prod/locations/us-central1/environments/gate-${counter}`;
  const env: PretendEnvironment = { bucket: freshBucket(`gate${counter}`), imageVersion: AIRFLOW_2, ...settings };
  environments[name] = env;
  return { name, env, store: new GcsStore(env.bucket, { apiEndpoint: emulatorHost() }) };
}

const GATE_REPOSITORY: RepositoryIdentity = { id: "github.com/acme/etl", source: "github" };

async function deploy(repo: string, name: string, extra: Partial<DeployOptions> = {}, limits: { deadlineMs?: number } = {}) {
  const log = new MemoryLogger();
  // One repository identity for every fixture repository of this file: they stand for one repository's
  // commits, and each new fixture has its own first commit (which the identity would otherwise be).
  const options: DeployOptions = {
    repoRoot: repo,
    destination: parseDestination(name),
    composer: "auto",
    airflow: "auto",
    dryRun: false,
    noBuild: false,
    createRepository: false,
    repository: GATE_REPOSITORY,
    ...extra,
  };
  const report = await deployRepository(options, {
    log,
    git: new CliGit(repo),
    target: { composer: { baseUrl: standIn.baseUrl, getAccessToken: () => Promise.resolve(TOKEN), retry: FAST_RETRY }, gcs: { apiEndpoint: emulatorHost() } },
    importCheck: { composer: { pollIntervalMs: 20, deadlineMs: limits.deadlineMs ?? 20_000 }, retry: FAST_RETRY },
  });
  return { report, log };
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(outcome instanceof Error)) throw new Error("expected the deploy to fail");
  return outcome;
}

/** Every object under `prefix` with its bytes' MD5 and generation: unchanged means untouched. */
async function state(store: GcsStore, prefix: string): Promise<Record<string, string>> {
  return Object.fromEntries((await store.list(prefix)).map((object) => [object.key, `${object.md5} @${object.generation}`]));
}

const staged = (store: GcsStore) => state(store, "data/dagship-import-check/");

/** The deploy's job summary (the same renderer as the pull request comment). */
function summary(report: Awaited<ReturnType<typeof deploy>>["report"], name: string): string {
  return renderPreview(
    previewModel({ kind: "deploy", why: "A push to main", report }, { folder: "", destination: name, changedWhy: "Every project", inScope: [] }, []),
    SUMMARY_LIMIT,
  );
}

beforeAll(async () => {
  standIn = await startComposerApiStandIn({ token: TOKEN, emulator: emulatorHost(), environments });
});
afterAll(async () => {
  expect(standIn.violations).toEqual([]);
  await standIn.close();
});

describe("the import gate of a Composer deploy (Composer API stand-in, storage emulator bucket)", () => {
  it("clean files deploy: staged under data/, proved with dags list-import-errors and dags report, staging removed, read back (stand-in)", async () => {
    const repo = newRepo();
    const { name, store } = environment();
    const first = standIn.commands.length;
    const { report } = await deploy(repo, name);

    const commands = standIn.commands.slice(first);
    const runFolder = commands[0]?.parameters[1] ?? "";
    expect(runFolder).toMatch(/^\/home\/airflow\/gcs\/data\/dagship-import-check\/\d{8}T\d{6}Z-[0-9a-f]{12}-[0-9a-f]{8}$/);
    expect(commands.map((command) => [command.command, command.subcommand, ...command.parameters])).toEqual([
      ["dags", "list-import-errors", "--subdir", runFolder, "--output", "json"],
      ["dags", "report", "--subdir", runFolder, "--output", "json"],
      ["dags", "list-import-errors", "--subdir", "/home/airflow/gcs/dags/etl", "--output", "json"],
    ]);
    // While the check ran, the environment saw exactly the rendered files in the run's folder.
    const runPrefix = `${runFolder.slice("/home/airflow/gcs/".length)}/`;
    expect(commands[0]?.dataObjects.sort()).toEqual([`${runPrefix}billing/billing.py`, `${runPrefix}orders/orders.py`]);
    expect(await staged(store)).toEqual({});
    expect(
      Object.keys(await state(store, "dags/"))
        .filter((key) => key.endsWith(".py"))
        .sort(),
    ).toEqual(["dags/etl/billing/billing.py", "dags/etl/orders/orders.py"]);
    expect(report.importCheck).toEqual({
      provedIn: `Composer environment ${name}`,
      afterDeploy: [],
      afterDeployNote: expect.stringContaining("right after the upload"),
    });
    expect(reportJson(report)["importCheck"]).toEqual(report.importCheck);
    expect(summary(report, name)).toContain(`> Import check: every DAG file imported in Composer environment ${name} before the deploy.`);
    // Output came back a few lines per poll, each poll asking from the next line on.
    expect(standIn.requests.filter((request) => request.path.endsWith(":pollAirflowCommand")).length).toBeGreaterThan(commands.length);
  });

  it("a reported import error fails the deploy with the file, line and exception, leaves dags/ byte-identical and removes the staging folder (stand-in)", async () => {
    const repo = newRepo();
    const { name, env, store } = environment();
    await deploy(repo, name);
    const before = await state(store, "dags/");
    addResources(repo);
    env.missingModules = ["kubernetes"];

    const error = await failure(deploy(repo, name));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(
      /^1 of 2 DAG file\(s\) do not import in Composer environment projects\/data-prod\/locations\/us-central1\/environments\/gate-\d+; nothing under dags\/ was changed:\n/,
    );
    expect(error.message).toMatch(
      /\n {2}orders\/orders\.py:\d+: ModuleNotFoundError: No module named 'kubernetes' \(rendered from projects\/orders\/dag\.yaml\)\n/,
    );
    expect(error.message).not.toContain("Traceback");
    expect(await state(store, "dags/")).toEqual(before);
    expect(await staged(store)).toEqual({});
  });

  it("a denied executeAirflowCommand names the permission and the roles that have it; nothing is deployed (stand-in)", async () => {
    const { name, store } = environment({ deniesCommands: true });
    const error = await failure(deploy(newRepo(), name));
    expect(error.message).toMatch(
      /^permission composer\.environments\.executeAirflowCommand denied on projects\/data-prod\/locations\/us-central1\/environments\/gate-\d+ \(Permission 'composer\.environments\.executeAirflowCommand' denied/,
    );
    expect(error.message).toContain("roles/composer.environmentAndStorageObjectAdmin or roles/composer.admin (roles/composer.user lacks it)");
    expect(await state(store, "dags/")).toEqual({});
    expect(await staged(store)).toEqual({});
  });

  it("a busy environment is waited for, then the check runs (stand-in)", async () => {
    const { name, store } = environment({ busyFor: 2 });
    const { report, log } = await deploy(newRepo(), name);
    expect(report.importCheck?.provedIn).toBe(`Composer environment ${name}`);
    expect(log.lines.filter((line) => line.includes("is busy (Cannot execute Airflow command: the environment is being updated.")).length).toBe(2);
    expect(Object.keys(await state(store, "dags/")).length).toBeGreaterThan(0);
  });

  it("an environment that stays busy fails the deploy with a clear message before any write (stand-in)", async () => {
    const { name, store } = environment({ busyFor: Number.POSITIVE_INFINITY });
    const error = await failure(deploy(newRepo(), name, {}, { deadlineMs: 300 }));
    expect(error.message).toMatch(
      /^Composer environment projects\/\S+ is busy \(Cannot execute Airflow command: the environment is being updated\.[^)]*\) and did not take the import check within 0 s: retry when it is RUNNING again/,
    );
    expect(await state(store, "dags/")).toEqual({});
    expect(await staged(store)).toEqual({});
  });

  it("a command that never ends hits the deadline, is stopped, and nothing is deployed (stand-in)", async () => {
    const { name, store } = environment({ hangs: true });
    const first = standIn.commands.length;
    const error = await failure(deploy(newRepo(), name, {}, { deadlineMs: 300 }));
    expect(error.message).toMatch(
      /^the import check gave up after 0 s waiting for `airflow dags list-import-errors --subdir \/home\/airflow\/gcs\/data\/dagship-import-check\/\S+ --output json` to end in projects\/\S+ \(the command was stopped\)/,
    );
    expect(standIn.commands.slice(first).map((command) => command.stopped)).toEqual([true]);
    expect(await state(store, "dags/")).toEqual({});
    expect(await staged(store)).toEqual({});
  });

  it("the command's own non-zero exit fails the check with its status and Composer's words (stand-in)", async () => {
    const { name, store } = environment({ failsWith: { exitCode: 137, error: "the Airflow CLI pod was evicted" } });
    const error = await failure(deploy(newRepo(), name));
    expect(error.message).toBe(
      `the import check could not run: \`airflow dags list-import-errors --subdir ${standIn.commands.at(-1)?.parameters[1] ?? ""} --output json\` in Composer environment ${name} ` +
        "ended with exit status 137 (the Airflow CLI pod was evicted) and printed no import-error list (JSON)",
    );
    expect(await state(store, "dags/")).toEqual({});
    expect(await staged(store)).toEqual({});
  });

  it("a command Composer refuses to start (its `error` field) fails the check with Composer's words (stand-in)", async () => {
    const { name, store } = environment({ refusesWith: "Command 'dags list-import-errors' is not allowed in this environment." });
    const error = await failure(deploy(newRepo(), name));
    expect(error.message).toMatch(
      /^Composer refused to run `airflow dags list-import-errors --subdir \S+ --output json` for the import check: Command 'dags list-import-errors' is not allowed in this environment\.$/,
    );
    expect(await state(store, "dags/")).toEqual({});
    expect(await staged(store)).toEqual({});
  });

  it("Airflow 3: no staging check (no --subdir), the deploy goes on and the import errors the environment recorded are read back (stand-in)", async () => {
    const repo = newRepo();
    addResources(repo);
    const { name, store } = environment({ imageVersion: AIRFLOW_3, missingModules: ["kubernetes"] });
    const first = standIn.commands.length;
    const { report, log } = await deploy(repo, name);
    expect(standIn.commands.slice(first).map((command) => [command.subcommand, ...command.parameters])).toEqual([["list-import-errors", "--output", "json"]]);
    expect(report.importCheck?.skipped).toContain("Airflow 3's `dags list-import-errors` has no --subdir");
    expect(report.importCheck?.afterDeploy).toEqual([
      { file: "dags/etl/orders/orders.py", line: expect.any(Number), message: "ModuleNotFoundError: No module named 'kubernetes'" },
    ]);
    expect(log.lines.some((line) => line.startsWith("warning: the environment reports an import error: dags/etl/orders/orders.py:"))).toBe(true);
    expect(summary(report, name)).toMatch(
      /> After the deploy the environment reports 1 import error\(s\) \(as the environment's DAG processor last recorded them[^)]*\): dags\/etl\/orders\/orders\.py:\d+: ModuleNotFoundError: No module named 'kubernetes'/,
    );
    expect(Object.keys(await state(store, "dags/etl/orders/")).some((key) => key.endsWith("orders.py"))).toBe(true);
  });

  it("import-check: true on Airflow 3 is refused before anything is written (stand-in)", async () => {
    const { name, store } = environment({ imageVersion: AIRFLOW_3 });
    const error = await failure(deploy(newRepo(), name, { importCheck: { enabled: true } }));
    expect(error.message).toMatch(/^the import check cannot run in this Airflow 3 environment before the deploy: .*--import-check-python PYTHON/);
    expect(await state(store, "dags/")).toEqual({});
  });

  it("import-check: false and a dry run run no command (stand-in)", async () => {
    const { name } = environment();
    const first = standIn.commands.length;
    const off = await deploy(newRepo(), name, { importCheck: { enabled: false } });
    const dry = await deploy(newRepo(), name, { dryRun: true });
    expect(standIn.commands.length).toBe(first);
    expect(off.report.importCheck).toBeUndefined();
    expect(dry.report.importCheck).toBeUndefined();
  });
});
