import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../..", import.meta.url).pathname;
const CLI = join(ROOT, "dist/cli.js");

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.email=ci@example.com", "-c", "user.name=ci", ...args], { cwd, encoding: "utf8" }).trim();
}

function dagship(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file below a folder with its bytes, to prove what a command did or did not touch. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of readdirSync(current)) {
      const path = join(current, entry);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path, "utf8");
    }
  };
  walk(dir);
  return out;
}

function newRepo(): string {
  const repo = join(mkdtempSync(join(tmpdir(), "dagship-deploy-")), "etl");
  for (const [project, tasks] of [
    ["orders", "extract:\n    command: [x]\n  load:\n    command: [y]\n    depends_on: [extract]\n"],
    ["billing", "run:\n    command: [z]\n"],
  ] as const) {
    mkdirSync(join(repo, "projects", project), { recursive: true });
    writeFileSync(join(repo, "projects", project, "dag.yaml"), `schedule: "@daily"\nstart_date: 2024-01-01\ntasks:\n  ${tasks}`);
  }
  git(repo, "init", "-q", "-b", "main");
  git(repo, "add", "-A");
  git(repo, "commit", "-qm", "first");
  return repo;
}

describe("dagship deploy to a local folder (the embedded default), in a real git repository", () => {
  it("deploys every project, then no changes, then exactly the changed file; plan writes nothing", () => {
    const repo = newRepo();
    const dags = join(repo, ".dagship/dags");
    const first = dagship(repo, "deploy");
    expect(first.stderr).toContain("+ new orders.py");
    expect(first.code).toBe(0);
    const deployed = snapshot(dags);
    expect(Object.keys(deployed).sort()).toEqual([
      "etl/billing/.dagship-manifest.json",
      "etl/billing/billing.py",
      "etl/orders/.dagship-manifest.json",
      "etl/orders/orders.py",
    ]);
    const manifest = JSON.parse(deployed["etl/orders/.dagship-manifest.json"] ?? "{}") as { commit?: { sha?: string } };
    expect(JSON.stringify(manifest)).toContain(git(repo, "rev-parse", "HEAD"));
    expect(deployed["etl/orders/orders.py"]).toContain("task_id='load'");

    const second = dagship(repo, "deploy");
    expect(second.code).toBe(0);
    expect(second.stderr.match(/no changes/g)?.length).toBe(2);
    expect(snapshot(dags)).toEqual(deployed);

    writeFileSync(
      join(repo, "projects/orders/dag.yaml"),
      readFileSync(join(repo, "projects/orders/dag.yaml"), "utf8").replace("command: [y]", "command: [y2]"),
    );
    git(repo, "commit", "-qam", "change load");
    const plan = dagship(repo, "plan", "--json");
    expect(plan.code).toBe(0);
    const planned = JSON.parse(plan.stdout) as { projects: { project: string; actions: { action: string; reason: string }[] }[] };
    expect(planned.projects.map((project) => [project.project, project.actions.map((action) => `${action.action}:${action.reason}`)])).toEqual([
      ["billing", ["skip:unchanged"]],
      ["orders", ["upload:changed"]],
    ]);
    expect(snapshot(dags)).toEqual(deployed);

    const third = dagship(repo, "deploy", "--project", "orders");
    expect(third.code).toBe(0);
    const after = snapshot(dags);
    expect(after["etl/orders/orders.py"]).toContain("cmds=['y2']");
    expect(after["etl/billing/billing.py"]).toBe(deployed["etl/billing/billing.py"]);
  });

  it("a broken dag.yaml anywhere stops the deploy before anything is written, with located errors", () => {
    const repo = newRepo();
    expect(dagship(repo, "deploy").code).toBe(0);
    const dags = join(repo, ".dagship/dags");
    const before = snapshot(dags);
    writeFileSync(join(repo, "projects/billing/dag.yaml"), "tasks:\n  run:\n    comand: [z]\n");
    writeFileSync(join(repo, "projects/orders/dag.yaml"), "tasks:\n  only:\n    command: [x]\n");
    git(repo, "commit", "-qam", "break billing");
    const result = dagship(repo, "deploy");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('projects/billing/dag.yaml:3:5: unknown key "comand" in tasks.run. Did you mean "command"?');
    expect(result.stderr).toContain("nothing was deployed");
    expect(snapshot(dags)).toEqual(before);
  });

  it("an older commit after a newer one is refused; the deployed DAGs stay", () => {
    const repo = newRepo();
    const old = git(repo, "rev-parse", "HEAD");
    writeFileSync(join(repo, "projects/billing/dag.yaml"), `schedule: "@daily"\nstart_date: 2024-01-01\ntasks:\n  run:\n    command: [newer]\n`);
    git(repo, "commit", "-qam", "newer");
    expect(dagship(repo, "deploy").code).toBe(0);
    const dags = join(repo, ".dagship/dags");
    const before = snapshot(dags);
    git(repo, "checkout", "-q", old);
    const result = dagship(repo, "deploy");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/older|ancestor/);
    expect(snapshot(dags)).toEqual(before);
  });

  it("--dest is relative to where the user is; a missing repository is a clear error", () => {
    const repo = newRepo();
    const elsewhere = mkdtempSync(join(tmpdir(), "dagship-dest-"));
    expect(dagship(elsewhere, "deploy", "--repo", repo, "--dest", "out").code).toBe(0);
    expect(Object.keys(snapshot(join(elsewhere, "out")))).toContain("etl/orders/orders.py");
    rmSync(join(repo, ".git"), { recursive: true });
    const result = dagship(repo, "deploy");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("is not a git work tree with a commit");
  });
});
