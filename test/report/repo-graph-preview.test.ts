import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CliChangeGit } from "../../src/github/changes.js";
import { discoverProjects } from "../../src/project.js";
import { renderPreview, sizeOf, type PreviewModel, type RepositoryGraphPreview } from "../../src/report/comment.js";
import { changedAssetDags, previewRepositoryGraph, repoDagOf, repositoryGraphPreview } from "../../src/report/repo-graph-preview.js";

const ORDERS = "tasks:\n  extract: {command: [x], outlets: ['gs://lake/orders/']}\n";
const REPORT = "dag_id: daily_report\nschedule: {assets: ['gs://lake/orders']}\ntasks:\n  build: {command: [x]}\n";
const at = (project: string, text: string) => repoDagOf(`projects/${project}/dag.yaml`, text);

describe("which DAGs' assets changed", () => {
  const CASES: { name: string; before: [string, string][]; after: [string, string][]; changed: string[] }[] = [
    { name: "nothing changed", before: [["orders", ORDERS]], after: [["orders", ORDERS]], changed: [] },
    { name: "another key changed", before: [["orders", ORDERS]], after: [["orders", ORDERS.replace("command: [x]", "command: [x], retries: 3")]], changed: [] },
    { name: "the same URI written with a trailing slash", before: [["orders", ORDERS]], after: [["orders", ORDERS.replace("orders/", "orders")]], changed: [] },
    {
      name: "the same assets in another order",
      before: [["report", "schedule: {assets: [gs://a, gs://b]}\ntasks:\n  t: {command: [x]}\n"]],
      after: [["report", "schedule: {assets: [gs://b, gs://a]}\ntasks:\n  t: {command: [x]}\n"]],
      changed: [],
    },
    { name: "an outlet added", before: [["orders", ORDERS]], after: [["orders", ORDERS.replace("]}", ", 'gs://lake/items']}")]], changed: ["orders"] },
    { name: "an outlet moved to another task", before: [["orders", ORDERS]], after: [["orders", ORDERS.replace("extract", "load")]], changed: ["orders"] },
    { name: "all became any", before: [["report", REPORT]], after: [["report", REPORT.replace("assets:", "assets_any:")]], changed: ["daily_report"] },
    {
      name: "a cron schedule became an asset schedule",
      before: [["report", REPORT.replace("{assets: ['gs://lake/orders']}", "'@daily'")]],
      after: [["report", REPORT]],
      changed: ["daily_report"],
    },
    { name: "a new DAG with assets", before: [], after: [["report", REPORT]], changed: ["daily_report"] },
    { name: "a new DAG without assets", before: [], after: [["misc", "tasks:\n  t: {command: [x]}\n"]], changed: [] },
    {
      name: "a removed DAG with assets",
      before: [
        ["orders", ORDERS],
        ["report", REPORT],
      ],
      after: [["report", REPORT]],
      changed: ["orders"],
    },
    { name: "a file that no longer parses loses its assets", before: [["orders", ORDERS]], after: [["orders", `${ORDERS}  bad: [\n`]], changed: ["orders"] },
  ];

  it.each(CASES)("$name", ({ before, after, changed }) => {
    expect(
      changedAssetDags(
        before.map(([project, text]) => at(project, text)),
        after.map(([project, text]) => at(project, text)),
      ),
    ).toEqual(changed);
  });
});

describe("the preview's repository graph", () => {
  it("is absent when no DAG's assets changed", () => {
    expect(repositoryGraphPreview([at("orders", ORDERS)], [])).toBeUndefined();
  });

  it("draws the DAGs that touch assets when some changed", () => {
    const head = [at("misc", "tasks:\n  t: {command: [x]}\n"), at("orders", ORDERS), at("report", REPORT)];
    expect(repositoryGraphPreview(head, ["orders"])).toEqual({
      changed: ["orders"],
      graph: 'flowchart LR\n  d1["orders"]\n  d2["daily_report"]\n  a0[("gs://lake/orders")]\n  d1 --> a0\n  a0 --> d2\n',
    });
  });

  it("is a note instead of a picture when it is larger than GitHub draws", () => {
    const head = Array.from({ length: 200 }, (_, index) => at(`p${index}`, `tasks:\n  t: {command: [x], outlets: ['gs://lake/t${index}']}\n`));
    expect(repositoryGraphPreview(head, ["p0"])).toEqual({
      changed: ["p0"],
      graph: "",
      note: "The repository graph (400 DAGs and assets, 200 edges) is too large to draw here; `dagship graph --repo` prints it.",
    });
  });
});

describe("in the comment", () => {
  const base: PreviewModel = {
    key: ". gs://bucket/dags",
    title: "dagship preview of #3",
    commit: "0123456789abcdef0123456789abcdef01234567",
    destination: "gs://bucket/dags",
    baseline: "Diffs are against the base branch.",
    notes: [],
    projects: [],
    unaffected: [],
    problems: [],
  };
  const section: RepositoryGraphPreview = {
    changed: ["orders", "daily_report"],
    graph: 'flowchart LR\n  d0["orders"]\n  a0[("gs://lake/orders")]\n  d0 --> a0\n',
  };

  it("has its own section with the DAGs whose assets change and the picture", () => {
    const body = renderPreview({ ...base, repositoryGraph: section });
    expect(body).toContain(
      [
        "#### Assets across the repository",
        "",
        "Asset schedules or outlets change in `orders`, `daily_report`. Boxes are DAGs, cylinders the assets they update or wait for (dashed: no DAG of this repository updates it).",
        "",
        "```mermaid",
        'flowchart LR\n  d0["orders"]\n  a0[("gs://lake/orders")]\n  d0 --> a0',
        "```",
      ].join("\n"),
    );
  });

  it("gives way to a note when the picture would take more than a fifth of the comment", () => {
    const big = { ...section, graph: `flowchart LR\n${Array.from({ length: 400 }, (_, index) => `  d${index}["dag_number_${index}"]`).join("\n")}\n` };
    const body = renderPreview({ ...base, repositoryGraph: big }, 20_000);
    expect(sizeOf(body)).toBeLessThanOrEqual(20_000);
    expect(body).not.toContain("```mermaid");
    expect(body).toContain("_The repository graph is too large for this comment; `dagship graph --repo` prints it._");
  });

  it("is absent without the section", () => {
    expect(renderPreview(base)).not.toContain("Assets across the repository");
  });
});

describe("reading the change from a real git repository", () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync("git", args, {
      cwd,
      encoding: "utf8",
      env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" },
    }).trim();
  const write = (root: string, files: Record<string, string>) => {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(root, path, ".."), { recursive: true });
      writeFileSync(join(root, path), content);
    }
  };

  /** A repository whose base commit has `before`; HEAD is a commit with `after` applied (null deletes). */
  function repository(before: Record<string, string>, after: Record<string, string | null>): { root: string; base: string } {
    const root = mkdtempSync(join(tmpdir(), "dagship-assets-"));
    git(root, "init", "--quiet", "--initial-branch=main");
    write(root, before);
    git(root, "add", ".");
    git(root, "commit", "--quiet", "-m", "base");
    const baseSha = git(root, "rev-parse", "HEAD");
    git(root, "checkout", "--quiet", "-b", "change");
    for (const [path, content] of Object.entries(after)) {
      if (content === null) rmSync(join(root, path));
      else write(root, { [path]: content });
    }
    git(root, "add", "-A");
    git(root, "commit", "--quiet", "--allow-empty", "-m", "change");
    return { root, base: baseSha };
  }

  async function preview(root: string, base: string) {
    return previewRepositoryGraph({
      workDir: root,
      projects: await discoverProjects(root),
      changedFiles: await new CliChangeGit(root).changedFiles(base),
      base,
    });
  }

  const BEFORE = { "projects/orders/dag.yaml": ORDERS, "projects/report/dag.yaml": REPORT, "projects/misc/dag.yaml": "tasks:\n  t: {command: [x]}\n" };

  it("an outlet added in the pull request shows the graph", async () => {
    const { root, base } = repository(BEFORE, { "projects/orders/dag.yaml": ORDERS.replace("]}", ", 'gs://lake/items']}") });
    const shown = await preview(root, base);
    expect(shown?.changed).toEqual(["orders"]);
    expect(shown?.graph).toBe(
      'flowchart LR\n  d1["orders"]\n  d2["daily_report"]\n  a0[("gs://lake/items")]\n  a1[("gs://lake/orders")]\n  d1 --> a0\n  d1 --> a1\n  a1 --> d2\n',
    );
  });

  it("a change to anything else shows none", async () => {
    const { root, base } = repository(BEFORE, {
      "projects/orders/dag.yaml": ORDERS.replace("command: [x]", "command: [x], retries: 2"),
      "projects/orders/main.py": "print(1)\n",
    });
    expect(await preview(root, base)).toBeUndefined();
  });

  it("a removed producer shows the graph, with its consumer now waiting for an asset nothing updates", async () => {
    const { root, base } = repository(BEFORE, { "projects/orders/dag.yaml": null });
    const shown = await preview(root, base);
    expect(shown?.changed).toEqual(["orders"]);
    expect(shown?.graph).toContain("  class a0 external\n");
  });

  it("nothing compared (no base, or every project), nothing shown", async () => {
    const { root } = repository(BEFORE, { "projects/orders/dag.yaml": ORDERS.replace("extract", "load") });
    expect(await previewRepositoryGraph({ workDir: root, projects: await discoverProjects(root), changedFiles: undefined, base: undefined })).toBeUndefined();
  });
});
