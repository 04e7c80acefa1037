import { describe, expect, it } from "vitest";
import { failedProjectsError, runRepository } from "../../src/action/context.js";
import { exitStatus, formatFailure, formatReport, outcomeLine, reportJson, type DeployReport, type ProjectFailure } from "../../src/deploy-report.js";
import type { SyncResult } from "../../src/sync/index.js";
import { Repo } from "./destinations.js";

const SHA = "a".repeat(40);

function sync(project: string, over: Partial<SyncResult> = {}): SyncResult {
  return {
    project,
    prefix: `etl/${project}/`,
    location: `/dags/etl/${project}/`,
    destination: "/dags",
    commit: SHA,
    rollback: false,
    dryRun: false,
    actions: [{ action: "upload", path: `${project}.py`, key: `etl/${project}/${project}.py`, reason: "new" }],
    changed: true,
    manifestWritten: true,
    warnings: [],
    attempts: 1,
    ...over,
  };
}

function report(projects: string[], failed: Partial<ProjectFailure>[] = [], over: Partial<DeployReport> = {}): DeployReport {
  return {
    profile: "composer-3-airflow-2",
    destination: "/dags",
    commit: SHA,
    repository: "github.com/acme/etl",
    dryRun: false,
    projects: projects.map((project) => ({
      project,
      specPath: `projects/${project}/dag.yaml`,
      dagId: project,
      dag: {} as never,
      rendered: { fileName: `${project}.py`, dagId: project, content: "" },
      image: { reference: `${project}:dev`, action: "local", reason: "r" },
      sync: sync(project),
    })),
    pruned: [],
    failed: failed.map((failure) => ({ project: "x", specPath: "", stage: "image", message: "m", internal: false, ...failure })),
    warnings: [],
    target: {} as never,
    ...over,
  };
}

describe("a deploy's outcome, in words and as an exit status", () => {
  it.each<[string, DeployReport, string, 0 | 1 | 2]>([
    ["everything deployed", report(["sales", "weather"]), "2 deployed.", 0],
    ["a dry run", report(["sales"], [], { dryRun: true }), "1 planned.", 0],
    ["with prunes", report(["sales"], [], { pruned: [sync("old")] }), "1 deployed, 1 pruned.", 0],
    ["one failed", report(["sales"], [{ project: "weather", stage: "sync" }]), "1 deployed; 1 failed: weather.", 1],
    [
      "a moved project that failed to leave its old folder counts once",
      report(["sales"], [{ project: "sales", stage: "move" }]),
      "1 deployed; 1 failed: sales.",
      1,
    ],
    ["a defect in dagship", report([], [{ project: "a", internal: true }, { project: "b" }]), "0 deployed; 2 failed: a, b.", 2],
  ])("%s", (_, deployed, line, status) => {
    expect(outcomeLine(deployed)).toBe(line);
    expect(exitStatus(deployed)).toBe(status);
    expect(formatReport(deployed).split("\n").at(-1)).toBe(line);
  });

  it("lists every project: deployed, moved, pruned and failed, in that order", () => {
    const deployed = report(["sales"], [{ project: "weather", stage: "image", message: "docker build failed (exit code 3)" }], {
      pruned: [sync("old", { actions: [{ action: "delete", path: "old.py", key: "etl/old/old.py", reason: "no-longer-rendered" }] })],
    });
    const first = deployed.projects[0];
    if (first)
      first.moved = sync("sales", {
        location: "/dags/legacy/sales/",
        actions: [{ action: "delete", path: "sales.py", key: "legacy/sales/sales.py", reason: "no-longer-rendered" }],
      });
    expect(
      formatReport(deployed)
        .split("\n")
        .filter((line) => !line.startsWith(" ")),
    ).toEqual([
      "sales -> /dags/etl/sales/ @ aaaaaaa",
      "sales -> /dags/legacy/sales/ @ aaaaaaa",
      "old -> /dags/etl/old/ @ aaaaaaa",
      "weather: failed at image: docker build failed (exit code 3)",
      "1 deployed, 1 pruned; 1 failed: weather.",
    ]);
    expect(reportJson(deployed)).toMatchObject({
      ok: false,
      repository: "github.com/acme/etl",
      projects: [
        { project: "sales", movedFrom: { location: "/dags/legacy/sales/", actions: [{ action: "delete", path: "sales.py", reason: "no-longer-rendered" }] } },
      ],
      pruned: [{ project: "old", location: "/dags/etl/old/", actions: [{ action: "delete", path: "old.py", reason: "no-longer-rendered" }] }],
      failed: [{ project: "weather", stage: "image", message: "docker build failed (exit code 3)" }],
    });
  });

  it("the action's step fails after the outcomes are out, naming every failed project", () => {
    expect(failedProjectsError(report(["sales"]))).toBeUndefined();
    expect(failedProjectsError(undefined)).toBeUndefined();
    const failure = { project: "weather", stage: "sync" as const, message: "refused" };
    const error = failedProjectsError(report(["sales"], [failure]));
    expect(error?.message).toBe(`1 deployed; 1 failed: weather.\n${formatFailure({ ...failure, specPath: "", internal: false })}`);
  });
});

describe("the run's repository: prefixes and identity", () => {
  it.each([
    ["acme/etl", "", "https://github.com", { repoName: "acme__etl", legacyRepoName: "etl", identity: { id: "github.com/acme/etl", source: "github" } }],
    [
      "acme/etl",
      "teams/sales",
      "https://github.com",
      { repoName: "acme__etl/teams/sales", legacyRepoName: "etl/teams/sales", identity: { id: "github.com/acme/etl", source: "github" } },
    ],
    [
      "Data/ETL",
      "",
      "https://github.example.com",
      { repoName: "Data__ETL", legacyRepoName: "ETL", identity: { id: "github.example.com/data/etl", source: "github" } },
    ],
  ])("GITHUB_REPOSITORY %s, folder %j, server %s", async (repository, folder, server, expected) => {
    expect(await runRepository({ workingDirectory: "/home/runner/work/etl/etl" }, { githubServerUrl: server }, { repository }, folder)).toEqual(expected);
  });

  it("outside a workflow: the checkout's folder name, and git's identity", async () => {
    const repo = new Repo("checkout", "git@gitlab.example.com:data/etl.git");
    repo.commit("first");
    expect(await runRepository({ workingDirectory: repo.dir }, { githubServerUrl: "https://github.com" }, { repository: "" }, "")).toEqual({
      repoName: "checkout",
      legacyRepoName: "checkout",
      identity: { id: "gitlab.example.com/data/etl", source: "remote" },
    });
  });
});
