/**
 * `dagship graph --repo` and validate's warning about assets nothing updates, run in-process
 * against real repository folders.
 */
import { describe, expect, it } from "vitest";
import { repoWith, runInProcess as run } from "../helpers/cli.js";

const PRODUCERS = {
  "projects/orders/dag.yaml": "tasks:\n  extract: {command: [x], outlets: ['gs://lake/orders/']}\n",
  "projects/refunds/dag.yaml":
    "dag_id: refunds_daily\nschedule: '@daily'\nstart_date: 2024-01-01\ntasks:\n  load: {command: [x], outlets: ['gs://lake/refunds', 'gs://lake/orders']}\n",
  "projects/misc/dag.yaml": "tasks:\n  run: {command: [x]}\n",
};

describe("dagship graph --repo", () => {
  it("prints every DAG of the repository and the assets they update, as Mermaid", async () => {
    const root = repoWith(PRODUCERS);
    const result = await run(["graph", "--repo", root], "/");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        "flowchart LR",
        '  d0["misc"]',
        '  d1["orders"]',
        '  d2["refunds_daily"]',
        '  a0[("gs://lake/orders")]',
        '  a1[("gs://lake/refunds")]',
        "  d1 --> a0",
        "  d2 --> a0",
        "  d2 --> a1",
        "",
      ].join("\n"),
    );
  });

  it("defaults to the current folder, and --json gives the same graph as data", async () => {
    const root = repoWith(PRODUCERS);
    const result = await run(["graph", "--repo", "--json"], root);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      dags: [
        { dagId: "misc", project: "misc", specPath: "projects/misc/dag.yaml" },
        { dagId: "orders", project: "orders", specPath: "projects/orders/dag.yaml" },
        { dagId: "refunds_daily", project: "refunds", specPath: "projects/refunds/dag.yaml" },
      ],
      assets: [
        {
          uri: "gs://lake/orders",
          producedBy: [
            { dagId: "orders", tasks: ["extract"] },
            { dagId: "refunds_daily", tasks: ["load"] },
          ],
          consumedBy: [],
        },
        { uri: "gs://lake/refunds", producedBy: [{ dagId: "refunds_daily", tasks: ["load"] }], consumedBy: [] },
      ],
      edges: [
        { from: "dag:orders", to: "asset:gs://lake/orders" },
        { from: "dag:refunds_daily", to: "asset:gs://lake/orders" },
        { from: "dag:refunds_daily", to: "asset:gs://lake/refunds" },
      ],
    });
  });

  it("refuses to draw a repository with a broken dag.yaml, and says where", async () => {
    const root = repoWith({ ...PRODUCERS, "projects/misc/dag.yaml": "catchup: yes\ntasks:\n  run: {command: [x]}\n" });
    const result = await run(["graph", "--repo", root], "/");
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      'projects/misc/dag.yaml:1:10: catchup: expected true or false, got the string "yes". Write true or false (YAML 1.2: yes/no/on/off are strings).\ndagship: 1 dag.yaml file(s) have errors; fix them to draw the repository graph\n',
    );
  });

  it("takes one folder", async () => {
    const result = await run(["graph", "--repo", "a", "b"], "/");
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("dagship: dagship graph --repo takes one repository folder, got 2\n");
  });
});

describe("DAGs scheduled on assets", () => {
  const CONSUMERS = {
    ...PRODUCERS,
    "projects/report/dag.yaml":
      "schedule:\n  assets: ['gs://lake/orders', 'gs://lake/ordres', 'gs://vendor/feed']\ntasks:\n  build: {command: [x]}\nstart_date: 2024-01-01\n",
  };

  it("validate warns at each schedule entry no project updates, and still passes", async () => {
    const root = repoWith(CONSUMERS);
    const result = await run(["validate", "--airflow", "3"], root);
    expect(result.code).toBe(0);
    expect(result.stderr.split("\n")).toEqual([
      'projects/report/dag.yaml:2:32: warning: schedule.assets[1]: no task of this repository has "gs://lake/ordres" in its outlets, so this DAG waits for an update from outside the repository (it may be produced there). Did you mean "gs://lake/orders"?',
      'projects/report/dag.yaml:2:52: warning: schedule.assets[2]: no task of this repository has "gs://vendor/feed" in its outlets, so this DAG waits for an update from outside the repository (it may be produced there).',
      "4 dag.yaml file(s) valid for composer-3-airflow-3.",
      "",
    ]);
  });

  it("validating one project still counts the rest of the repository as producers", async () => {
    const root = repoWith(CONSUMERS);
    const result = await run(["validate", "projects/report", "--airflow", "3", "--json"], root);
    const report = JSON.parse(result.stdout) as { files: { file: string; problems: { message: string }[] }[] };
    expect(report.files.map((file) => file.file)).toEqual(["projects/report/dag.yaml"]);
    expect(report.files[0]?.problems.map((problem) => problem.message.split(":")[0])).toEqual(["schedule.assets[1]", "schedule.assets[2]"]);
  });

  it("graph --repo links producers to consumers", async () => {
    const root = repoWith(CONSUMERS);
    const result = await run(["graph", "--repo", "--airflow", "3"], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("  a0 --> d3\n");
    expect(result.stdout).toContain("  class a1,a3 external\n");
  });
});
