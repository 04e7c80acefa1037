/**
 * `dagship history` and `dagship rollback` run in-process against a real git repository and an
 * empty local destination: finding nothing under the folder's name, they say where the GitHub
 * Action's deploys are (dags/OWNER__NAME/), unless --repo-name named the folder already.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoWith, runInProcess as run } from "../helpers/cli.js";

function gitRepository(): string {
  const root = repoWith({ "projects/sales/dag.yaml": "tasks:\n  run: {command: [x]}\n" });
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: root, stdio: "pipe" });
  git("init", "-q");
  git("add", "-A");
  git("commit", "-qm", "one project");
  return root;
}

describe("history and rollback find nothing under the folder's name", () => {
  const root = gitRepository();
  const dest = mkdtempSync(join(tmpdir(), "dagship-empty-dest-"));

  it("history lists nothing and names the action's folder, unless --repo-name was given", async () => {
    const plain = await run(["history", "--repo", root, "--dest", dest], "/");
    expect(plain.code).toBe(0);
    expect(plain.stdout).toBe(`${dest}\n  nothing deployed\n`);
    expect(plain.stderr).toContain("the GitHub Action deploys to dags/OWNER__NAME/: pass --repo-name OWNER__NAME");
    const named = await run(["history", "--repo", root, "--dest", dest, "--repo-name", "acme__etl"], "/");
    expect(named.code).toBe(0);
    expect(named.stderr).not.toContain("--repo-name");
  });

  it("rollback refuses with the same hint, exit 1; with --repo-name, without it", async () => {
    const plain = await run(["rollback", "sales", "--to", "abcdef1", "--repo", root, "--dest", dest], "/");
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(
      /sales was never deployed to .*\(no manifest at .*\)\. nothing found under dags\/dagship-cli-\w+\/ .*pass --repo-name OWNER__NAME/,
    );
    const named = await run(["rollback", "sales", "--to", "abcdef1", "--repo", root, "--dest", dest, "--repo-name", "acme__etl"], "/");
    expect(named.code).toBe(1);
    expect(named.stderr).toContain("sales was never deployed to");
    expect(named.stderr).not.toContain("pass --repo-name");
  });
});
