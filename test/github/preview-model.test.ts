/**
 * The one preview model, for a deploy's summary and a dry run's summary and comment, from real
 * deploy reports (a fixture repository deployed to a local folder).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployRepository, type DeployReport } from "../../src/deploy.js";
import type { Problem } from "../../src/errors.js";
import { MemoryLogger } from "../../src/log.js";
import type { PreviewModel } from "../../src/report/comment.js";
import { previewKey, previewModel, projectPreviews, type PreviewRun, type PreviewScope } from "../../src/report/model.js";
import { CliGit } from "../../src/sync/index.js";
import { dagYaml, FixtureRepo, projectFiles } from "./harness.js";

const SCOPE: PreviewScope = {
  folder: "",
  destination: "gs://acme/dags",
  changedWhy: "projects changed since 1234567",
  inScope: ["sales", "weather", "orders"],
};
const PROBLEM: Problem = { file: "projects/orders/dag.yaml", line: 3, column: 5, message: "unknown key", severity: "error" };

describe("the preview model of a run", () => {
  const repo = new FixtureRepo();
  const dest = mkdtempSync(join(tmpdir(), "dagship-model-"));
  let deployed: DeployReport;
  let planned: DeployReport;

  beforeAll(async () => {
    repo.write({ ...projectFiles("sales", dagYaml()), ...projectFiles("weather", dagYaml({ tasks: ["fetch"] })) });
    repo.commit("two projects");
    const options = {
      repoRoot: repo.dir,
      repoName: "etl",
      destination: { kind: "local" as const, folder: dest },
      composer: "3" as const,
      airflow: "2" as const,
      noBuild: false,
      createRepository: false,
    };
    deployed = await deployRepository({ ...options, dryRun: false, projects: ["sales"] }, { log: new MemoryLogger(), git: new CliGit(repo.dir) });
    deployed.airflowUri = "https://airflow.example";
    planned = await deployRepository({ ...options, dryRun: true }, { log: new MemoryLogger(), git: new CliGit(repo.dir) });
  });
  afterAll(() => {
    repo.cleanup();
    rmSync(dest, { recursive: true, force: true });
  });

  const cases: [string, () => PreviewRun, Partial<PreviewModel>][] = [
    [
      "a deploy",
      () => ({ kind: "deploy", why: "push to main", report: deployed }),
      {
        title: "dagship deploy: 1 project(s) to gs://acme/dags",
        baseline: "push to main. projects changed since 1234567.",
        notes: ["Airflow UI: https://airflow.example"],
        problems: [],
        unaffected: ["weather", "orders"],
      },
    ],
    [
      "a release",
      () => ({ kind: "deploy", releaseTag: "v1.2.0", why: "tag v1.2.0: release deploy", report: deployed }),
      { title: "dagship release v1.2.0: 1 project(s) to gs://acme/dags", baseline: "tag v1.2.0: release deploy. projects changed since 1234567." },
    ],
    [
      "a pull request's dry run against the deployed files",
      () => ({
        kind: "dry-run",
        pullRequest: 5,
        sha: "f".repeat(40),
        report: planned,
        comparedWith: "Diffs are against what is deployed in `gs://acme/dags`.",
        notes: [],
        problems: [],
      }),
      {
        title: "dagship preview of #5: nothing is deployed from a pull request",
        destination: "gs://acme/dags",
        baseline: "projects changed since 1234567. Diffs are against what is deployed in `gs://acme/dags`.",
        unaffected: ["orders"],
        problems: [],
      },
    ],
    [
      "a dry run stopped by dag.yaml problems: no report, no baseline",
      () => ({ kind: "dry-run", sha: "f".repeat(40), notes: ["No registry credentials in this run: nothing was read."], problems: [PROBLEM] }),
      {
        title: "dagship dry run: nothing was deployed",
        commit: "f".repeat(40),
        baseline: "projects changed since 1234567.",
        notes: ["No registry credentials in this run: nothing was read."],
        problems: [PROBLEM],
        unaffected: ["sales", "weather", "orders"],
      },
    ],
    [
      "a dry run that could not be planned",
      () => ({ kind: "dry-run", sha: "f".repeat(40), notes: [], problems: [], failure: "bucket not found" }),
      { failure: "bucket not found", projects: [] },
    ],
  ];
  it.each(cases)("%s", async (_, make, expected) => {
    const run = make();
    const previews = await projectPreviews(run.report, [], undefined);
    const model = previewModel(run, SCOPE, previews);
    expect(model).toMatchObject({ key: ". gs://acme/dags", ...expected });
    expect(model.projects.map((project) => project.project)).toEqual(run.report?.projects.map((project) => project.project) ?? []);
  });

  it("takes commit and profile from the report; a deploy names the destination as opened", () => {
    const deploy = previewModel({ kind: "deploy", why: "push", report: deployed }, SCOPE, []);
    expect(deploy).toMatchObject({ commit: deployed.commit, profile: deployed.profile, destination: deployed.destination });
    const dry = previewModel({ kind: "dry-run", sha: "f".repeat(40), report: planned, notes: [], problems: [] }, SCOPE, []);
    expect(dry).toMatchObject({ commit: planned.commit, profile: planned.profile, destination: "gs://acme/dags" });
    expect(dry.failure).toBeUndefined();
    expect(previewModel({ kind: "dry-run", sha: "f".repeat(40), notes: [], problems: [] }, SCOPE, []).profile).toBeUndefined();
  });

  it.each([
    ["", "gs://acme/dags", ". gs://acme/dags"],
    ["teams/sales", "projects/p/locations/l/environments/e", "teams/sales projects/p/locations/l/environments/e"],
  ])("keys the comment by folder %j and destination", (folder, destination, key) => {
    expect(previewKey({ folder, destination })).toBe(key);
  });
});
