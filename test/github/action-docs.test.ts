import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../..", import.meta.url).pathname;
const SCRIPT = join(ROOT, "scripts/generate-action-docs.mjs");

function docs(...args: string[]) {
  return spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: "utf8" });
}

describe("README's action section is generated from action.yml", () => {
  it("is up to date (run `node scripts/generate-action-docs.mjs` if this fails)", () => {
    const result = docs("--check");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    for (const input of [
      "registry",
      "composer-environment",
      "dags-destination",
      "projects",
      "mode",
      "airflow-version",
      "composer-version",
      "github-token",
      "comment",
      "prune",
      "create-repository",
      "workload-identity-provider",
      "service-account",
      "working-directory",
    ]) {
      expect(readme).toContain(`| \`${input}\` |`);
    }
  });

  it("detects a stale README and rewrites only the marked section", () => {
    const dir = mkdtempSync(join(tmpdir(), "dagship-docs-"));
    const action = join(dir, "action.yml");
    const readme = join(dir, "README.md");
    copyFileSync(join(ROOT, "README.md"), readme);
    writeFileSync(action, readFileSync(join(ROOT, "action.yml"), "utf8").replace("Folder of the checkout that holds the projects.", "Where the projects are."));
    const before = readFileSync(readme, "utf8");
    const stale = docs("--check", "--action", action, "--readme", readme);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain("is stale");
    expect(docs("--action", action, "--readme", readme).status).toBe(0);
    const after = readFileSync(readme, "utf8");
    expect(after).toContain("| `working-directory` | `.` | Where the projects are. Their DAGs go to");
    const outside = (text: string) => text.replace(/<!-- action-inputs:start -->[\s\S]*<!-- action-inputs:end -->/, "");
    expect(outside(after)).toBe(outside(before));
    expect(docs("--check", "--action", action, "--readme", readme).status).toBe(0);
  });
});
