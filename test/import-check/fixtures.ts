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

/** The two projects of {@link newRepo}: `orders` (extract >> load) and `billing`. */
export const PROJECTS: Readonly<Record<string, string>> = {
  orders: 'schedule: "@daily"\nstart_date: 2024-01-01\ntasks:\n  extract:\n    command: [x]\n  load:\n    command: [y]\n    depends_on: [extract]\n',
  billing: 'schedule: "@daily"\nstart_date: 2024-01-01\ntasks:\n  run:\n    command: [z]\n',
};

/** A repository folder `etl` holding `projects/<name>/dag.yaml` for each of `projects`, committed once. */
export function newRepo(projects: Readonly<Record<string, string>> = PROJECTS): string {
  const repo = join(mkdtempSync(join(tmpdir(), "dagship-gate-")), "etl");
  for (const [name, spec] of Object.entries(projects)) {
    mkdirSync(join(repo, "projects", name), { recursive: true });
    writeFileSync(join(repo, "projects", name, "dag.yaml"), spec);
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
