import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ActionIo } from "../../src/action.js";
import { deployRepository, type DeployOptions } from "../../src/deploy.js";
import { actionOutputs } from "../../src/github/outputs.js";
import { projectPreview } from "../../src/report/preview.js";
import { MemoryLogger } from "../../src/log.js";
import { CliGit, LocalFolderStore } from "../../src/sync/index.js";
import { runCapturingCommands } from "./capture.js";
import { dagYaml, FixtureRepo, memoryState, projectFiles } from "./harness.js";

function fixture(): { repo: FixtureRepo; dest: string; options: (over?: Partial<DeployOptions>) => DeployOptions } {
  const repo = new FixtureRepo();
  repo.write({ ...projectFiles("sales", dagYaml()), ...projectFiles("weather", dagYaml({ tasks: ["fetch"] })) });
  repo.commit("first");
  const dest = mkdtempSync(join(tmpdir(), "dagship-dest-"));
  const options = (over: Partial<DeployOptions> = {}): DeployOptions => ({
    repoRoot: repo.dir,
    repoName: "etl",
    destination: { kind: "local", folder: dest },
    composer: "3",
    airflow: "2",
    dryRun: false,
    noBuild: false,
    createRepository: false,
    ...over,
  });
  return { repo, dest, options };
}

describe("preview and outputs on real deploys to a local folder", () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  it("diffs against the deployed file; a project whose inputs did not change is unchanged, whatever the commit", async () => {
    const { repo, dest, options } = fixture();
    cleanups.push(
      () => repo.cleanup(),
      () => rmSync(dest, { recursive: true, force: true }),
    );
    const log = new MemoryLogger();
    const first = await deployRepository(options(), { log, git: new CliGit(repo.dir) });
    repo.write({ "projects/sales/dag.yaml": dagYaml({ schedule: "0 7 * * *" }), "README.md": "x" });
    const second = repo.commit("sales at seven");
    const report = await deployRepository(options({ dryRun: true }), { log, git: new CliGit(repo.dir) });
    const read = async (key: string) => (await new LocalFolderStore(dest).read(key))?.content.toString();
    const [sales, weather] = await Promise.all(report.projects.map((project) => projectPreview(project, async (key) => (await read(key)) ?? undefined)));
    expect(sales?.files[0]).toMatchObject({ path: "sales.py", status: "changed", commitOnly: false });
    const diff = sales?.files[0]?.diff?.text ?? "";
    expect(diff).toContain("-    schedule=CronDataIntervalTimetable('0 6 * * *'");
    expect(diff).toContain("+    schedule=CronDataIntervalTimetable('0 7 * * *'");
    expect(diff).not.toContain(second);
    expect(diff).not.toContain(first.commit);
    expect(sales?.schedule).toBe("at 07:00, every day (UTC)");
    expect(sales?.graph).toBe('flowchart LR\n  t0["extract"]\n  t1["load"]\n  t0 --> t1\n');
    expect(weather?.files[0]).toMatchObject({ status: "unchanged" });
    expect(weather?.files[0]?.diff).toBeUndefined();
  });

  it("outputs: digest-pinned images only, deployed URIs, the plan as JSON", async () => {
    const { repo, dest, options } = fixture();
    cleanups.push(
      () => repo.cleanup(),
      () => rmSync(dest, { recursive: true, force: true }),
    );
    const report = await deployRepository(options(), { log: new MemoryLogger(), git: new CliGit(repo.dir) });
    const plan = { kind: "deploy" as const, why: "push to main", compare: { kind: "all" as const, why: "first push" } };
    const outputs = actionOutputs(report, { plan, changed: ["sales", "weather"], changedWhy: "first push" });
    // Local `PROJECT:dev` images are not pinned by digest: not an image output.
    expect(JSON.parse(outputs.images)).toEqual({});
    expect(JSON.parse(outputs.dags)).toEqual([`${dest}/etl/sales/sales.py`, `${dest}/etl/weather/weather.py`]);
    expect(JSON.parse(outputs["changed-projects"])).toEqual(["sales", "weather"]);
    expect(JSON.parse(outputs.plan)).toMatchObject({
      mode: "deploy",
      why: "push to main",
      changedProjects: ["sales", "weather"],
      projects: [{ project: "sales" }, { project: "weather" }],
    });
    const pinned = {
      ...report,
      projects: report.projects.map((project) => ({
        ...project,
        image: { ...project.image, reference: `r.example/etl/${project.project}@sha256:${"a".repeat(64)}` },
      })),
    };
    expect(JSON.parse(actionOutputs(pinned, { plan, changed: [], changedWhy: "" }).images)).toEqual({
      sales: `r.example/etl/sales@sha256:${"a".repeat(64)}`,
      weather: `r.example/etl/weather@sha256:${"a".repeat(64)}`,
    });
    const dry = actionOutputs({ ...report, dryRun: true }, { plan, changed: [], changedWhy: "" });
    expect(JSON.parse(dry.dags)).toEqual([]);
  });
});

describe("the one error funnel", () => {
  function failingIo(thrown: unknown): ActionIo {
    return {
      env: {},
      log: new MemoryLogger(),
      getInput: () => {
        throw thrown;
      },
      setOutput: () => undefined,
      summary: async () => undefined,
      annotate: () => undefined,
      getIdToken: async () => "",
      fetch,
      state: memoryState(),
    };
  }

  it.each([
    ["an Error", new Error("boom"), "dagship failed: boom"],
    ["a string", "plain string", "dagship failed: plain string"],
    ["an object", { code: 7 }, 'dagship failed: non-Error value thrown: {"code":7}'],
    ["undefined", undefined, "dagship failed: non-Error value thrown: undefined"],
  ])("turns %s into one setFailed", async (_, thrown, message) => {
    const { commands, exitCode } = await runCapturingCommands(failingIo(thrown));
    expect(exitCode).toBe(1);
    expect(commands.filter((line) => line.startsWith("::error::"))).toEqual([`::error::${message}\n`]);
  });
});
