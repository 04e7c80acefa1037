/** Real git repositories with dagship projects, for the import-check tests. */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The Airflow stand-in module's folder, for PYTHONPATH. */
export const AIRFLOW_STAND_IN = fileURLToPath(new URL("./airflow-stand-in", import.meta.url));

export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.email=ci@example.com", "-c", "user.name=ci", ...args], { cwd, encoding: "utf8" }).trim();
}

/** A repository `etl` with projects `orders` (two tasks) and `billing`, committed. */
export function newRepo(): string {
  const repo = join(mkdtempSync(join(tmpdir(), "dagship-gate-")), "etl");
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

/**
 * Give orders' load task resources and commit: its DAG file then imports `kubernetes.client`,
 * which an environment without the Kubernetes client cannot import.
 */
export function addResources(repo: string): void {
  const file = join(repo, "projects/orders/dag.yaml");
  writeFileSync(file, readFileSync(file, "utf8").replace("command: [y]", "command: [y]\n    resources: {cpu: 500m, memory: 1Gi}"));
  git(repo, "commit", "-qam", "load gets resources");
}
