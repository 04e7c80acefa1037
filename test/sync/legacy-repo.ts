/**
 * The repository a destination written by dagship 0.1.0 (manifest format 1, no repository
 * identity, the commit in every DAG file) was deployed from. Its commit is reproducible: the same
 * files, author, committer and dates always give the same commit id, so the destination that
 * version wrote (test/fixtures/legacy-0.1.0) names a commit this repository really has.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** The commit dagship 0.1.0 deployed (see the fixture's manifests). */
export const LEGACY_COMMIT = "1bcebe17a971592504c3def14c463a39b9c6c5f1";

const FIXED = {
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_AUTHOR_NAME: "Legacy",
  GIT_AUTHOR_EMAIL: "legacy@example.com",
  GIT_COMMITTER_NAME: "Legacy",
  GIT_COMMITTER_EMAIL: "legacy@example.com",
  GIT_AUTHOR_DATE: "2024-03-01T09:00:00Z",
  GIT_COMMITTER_DATE: "2024-03-01T09:00:00Z",
};

/** The two projects' dag.yaml, as 0.1.0 deployed them. */
export const LEGACY_SPECS: Record<string, string> = {
  sales: 'schedule: "@daily"\nstart_date: 2024-01-01\ntasks:\n  extract:\n    command: [extract]\n  load:\n    command: [load]\n    depends_on: [extract]\n',
  weather: 'schedule: "15 * * * *"\nstart_date: 2024-01-01\ntasks:\n  fetch:\n    command: [fetch]\n',
};

/** A fresh clone-like repository `<tmp>/etl` at {@link LEGACY_COMMIT}, with an `origin` remote. */
export function legacyRepository(origin = "https://github.com/acme/etl.git"): { dir: string; git: (...args: string[]) => string } {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "dagship-legacy-")), "etl");
  mkdirSync(dir, { recursive: true });
  const git = (...args: string[]): string => execFileSync("git", args, { cwd: dir, encoding: "utf8", env: { ...process.env, ...FIXED } }).trim();
  git("init", "-q", "-b", "main", "--object-format=sha1");
  for (const [project, spec] of Object.entries(LEGACY_SPECS)) {
    mkdirSync(path.join(dir, "projects", project), { recursive: true });
    writeFileSync(path.join(dir, "projects", project, "dag.yaml"), spec);
  }
  writeFileSync(path.join(dir, ".gitignore"), ".dagship/\n");
  git("add", "-A");
  git("commit", "-q", "--no-gpg-sign", "-m", "the deployed commit");
  git("remote", "add", "origin", origin);
  return { dir, git };
}
