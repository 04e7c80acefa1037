import { describe, expect, it } from "vitest";
import { COMMENT_LIMIT, commentMarker, renderPreview, sizeOf, type PreviewModel, type ProjectPreview } from "../../src/report/comment.js";
import { unifiedDiff } from "../../src/report/diff.js";

function project(
  name: string,
  options: { lines?: number; tasks?: number; status?: "new" | "changed" | "unchanged" | "removed" | undefined; graph?: boolean } = {},
): ProjectPreview {
  const lines = options.lines ?? 10;
  const before = Array.from({ length: lines }, (_, i) => `    t${i} = KubernetesPodOperator(task_id='t${i}', retries=1)`).join("\n");
  const after = before.replace(/retries=1/g, "retries=2");
  const status = options.status ?? "changed";
  return {
    project: name,
    specPath: `projects/${name}/dag.yaml`,
    dagId: name,
    schedule: "at 06:00, every day (UTC)",
    taskCount: options.tasks ?? lines,
    graph: options.graph === false ? "" : `flowchart LR\n${Array.from({ length: Math.min(lines, 50) }, (_, i) => `  t${i}["t${i}"]`).join("\n")}\n`,
    image: { action: "would-build", reference: `r.example/x/${name}:ctx-1`, reason: "no image of this build context yet" },
    files: [
      {
        path: `${name}.py`,
        status,
        reason: "the render differs from the deployed file",
        ...(status === "unchanged" ? {} : { diff: unifiedDiff(before, after, { before: "a", after: "b" }) }),
      },
    ],
    warnings: [],
  };
}

function model(projects: ProjectPreview[], extra: Partial<PreviewModel> = {}): PreviewModel {
  return {
    key: ". gs://bucket/dags",
    title: "dagship preview of #3",
    commit: "0123456789abcdef0123456789abcdef01234567",
    profile: "composer-3-airflow-2",
    destination: "gs://bucket/dags",
    baseline: "Diffs are against what is deployed.",
    notes: [],
    projects,
    unaffected: [],
    problems: [],
    ...extra,
  };
}

describe("the PR preview comment", () => {
  it("starts with the hidden marker, which nothing in the key can close early", () => {
    const body = renderPreview(model([project("sales")]));
    expect(body.split("\n")[0]).toBe("<!-- dagship-preview . gs://bucket/dags -->");
    expect(commentMarker("a --> <b> -- c")).toBe("<!-- dagship-preview a - b - c -->");
  });

  it("shows per project the DAG, schedule, file status, image, graph and diff", () => {
    const body = renderPreview(model([project("sales", { lines: 3 })], { unaffected: ["weather", "orders"] }));
    expect(body).toContain("| sales | `sales` | 3 | at 06:00, every day (UTC) | changed (+3 −3) | would be rebuilt |");
    expect(body).toContain("<details><summary><b>sales</b> — <code>sales</code>: changed (+3 −3), image would be rebuilt</summary>");
    expect(body).toContain("```mermaid\nflowchart LR\n");
    expect(body).toContain("```diff\n--- a\n+++ b\n");
    expect(body).toContain("Not affected (no change in their folders): weather, orders.");
    expect(body).toContain("commit `0123456789ab` · destination `gs://bucket/dags` · profile `composer-3-airflow-2`");
  });

  it("lists validation errors and a failure", () => {
    const problems = [
      { file: "projects/a/dag.yaml", line: 3, column: 5, message: "unknown key `comand`", severity: "error" as const },
      { file: "projects/b/dag.yaml", line: 1, column: 1, message: "bad", severity: "error" as const },
    ];
    const body = renderPreview(model([], { problems, failure: "cannot plan" }));
    expect(body).toContain("#### Validation errors: 2 in 2 dag.yaml files");
    expect(body).toContain("- `` projects/a/dag.yaml:3:5: unknown key `comand` ``");
    expect(body).toContain("> [!CAUTION]\n> cannot plan");
    expect(body).not.toContain("No project is affected");
  });

  it("says when nothing is affected", () => {
    expect(renderPreview(model([]))).toContain("No project is affected: nothing would be deployed.");
  });

  it("keeps text from dag.yaml inert: no HTML, no table breaks, fences longer than any backtick run", () => {
    const hostile = project("x", { lines: 2 });
    hostile.schedule = "<img src=x onerror=alert(1)> | broken";
    const file = hostile.files[0];
    if (file?.diff) file.diff = { ...file.diff, text: "--- a\n+++ b\n@@ -1 +1 @@\n-````\n+```` </details>\n" };
    const body = renderPreview(model([hostile]));
    expect(body).toContain("&lt;img src=x onerror=alert(1)&gt; \\| broken");
    expect(body).not.toContain("<img");
    expect(body).toContain("`````diff\n--- a");
  });

  it("shows a changed file whose only change is the commit id as such", () => {
    const only = project("sales", { lines: 2 });
    only.files = [{ path: "sales.py", status: "changed", reason: "r", commitOnly: true }];
    expect(renderPreview(model([only]))).toContain("| changed (commit id only) |");
  });

  it("drops the graph before shortening a diff, and says what it left out", () => {
    const big = project("big", { lines: 700 });
    const body = renderPreview(model([big]), 60_000);
    expect(sizeOf(body)).toBeLessThanOrEqual(60_000);
    const whole = renderPreview(model([big]), 10_000_000);
    expect(whole).toContain("```mermaid");
    const tight = renderPreview(model([big]), sizeOf(whole) - 100);
    expect(tight).not.toContain("```mermaid");
    expect(tight).toContain("Task graph left out to stay within GitHub's comment size limit");
    expect(tight).not.toContain("shortened to fit");
  });

  it("shares the room: small projects keep their whole diff, the biggest one is shortened", () => {
    const projects = [project("huge", { lines: 5000, graph: false }), project("small", { lines: 3 }), project("tiny", { lines: 1 })];
    const body = renderPreview(model(projects));
    expect(sizeOf(body)).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(sizeOf(body)).toBeGreaterThan(COMMENT_LIMIT - 4_000);
    expect(body).toContain("Diff of `huge.py` shortened to fit GitHub's comment size limit (+5000 −5000 lines in all)");
    expect(body).not.toContain("Diff of `small.py` shortened");
    // Shown in the model's order, whatever order the budget was shared in.
    expect(body.indexOf("<b>huge</b>")).toBeLessThan(body.indexOf("<b>small</b>"));
  });

  it("caps a flood of errors and of projects, and says how many more there are", () => {
    const problems = Array.from({ length: 5_000 }, (_, i) => ({
      file: `p${i}/dag.yaml`,
      line: 1,
      column: 1,
      message: "x".repeat(80),
      severity: "error" as const,
    }));
    const projects = Array.from({ length: 3_000 }, (_, i) => project(`project_${i}`, { lines: 2 }));
    const body = renderPreview(model(projects, { problems }));
    expect(sizeOf(body)).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toMatch(/- … and \d+ more \(all of them are annotations on the files\)/);
    expect(body).toMatch(/\| … and \d+ more \| \| \| \| \| \|/);
    expect(body).toMatch(/_Details of \d+ project\(s\) left out/);
  });

  it("never exceeds the limit and never throws, for any mix of sizes and limits", () => {
    let seed = 42;
    const random = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 60; round++) {
      const projects = Array.from({ length: 1 + random(12) }, (_, i) =>
        project(`p${i}${"é".repeat(random(3))}`, { lines: random(1500), status: (["new", "changed", "unchanged", "removed"] as const)[random(4)] }),
      );
      const limit = [2_000, 10_000, COMMENT_LIMIT][random(3)] as number;
      const notes = Array.from({ length: random(4) }, () => "ünïcödé note ".repeat(random(50)));
      const body = renderPreview(model(projects, { notes }), limit);
      expect(sizeOf(body), `round ${round}`).toBeLessThanOrEqual(limit);
      expect(body.startsWith("<!-- dagship-preview")).toBe(true);
    }
  });
});
