import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CliGit } from "../../src/sync/history.js";

/** A real git repository in a temporary folder, with commits at fixed dates. */
export interface GitFixture {
  dir: string;
  git: CliGit;
  /** Commit a change on the current branch at `date`; returns the commit id. */
  commit(message: string, date: string): string;
  /** Run git in the repository. */
  run(...args: string[]): string;
  timeOf(sha: string): Date;
}

/** `git init` in a fresh temporary folder, with an identity and no signing or hooks. */
export function gitFixture(): GitFixture {
  const dir = mkdtempSync(path.join(tmpdir(), "dagship-git-"));
  const env = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_AUTHOR_NAME: "Test",
    GIT_AUTHOR_EMAIL: "test@example.com",
    GIT_COMMITTER_NAME: "Test",
    GIT_COMMITTER_EMAIL: "test@example.com",
  };
  const git = (args: string[], extraEnv: Record<string, string> = {}): string =>
    execFileSync("git", args, { cwd: dir, encoding: "utf8", env: { ...env, ...extraEnv } }).trim();
  const run = (...args: string[]): string => git(args);
  run("init", "-q", "-b", "main");
  let counter = 0;
  const commit = (message: string, date: string): string => {
    writeFileSync(path.join(dir, `file-${counter++}.txt`), `${message}\n`);
    run("add", "-A");
    git(["commit", "-q", "--no-gpg-sign", "-m", message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
    return run("rev-parse", "HEAD");
  };
  return {
    dir,
    git: new CliGit(dir),
    commit,
    run,
    timeOf: (sha) => new Date(Number(run("show", "-s", "--format=%ct", sha)) * 1000),
  };
}

/** A linear history of `count` commits, one day apart from 2024-01-01. */
export function linearHistory(count: number): { fixture: GitFixture; shas: string[] } {
  const fixture = gitFixture();
  const shas: string[] = [];
  for (let i = 0; i < count; i++) {
    shas.push(fixture.commit(`commit ${i}`, `2024-01-${String(i + 1).padStart(2, "0")}T12:00:00Z`));
  }
  return { fixture, shas };
}

/** A shallow clone (depth 1) of a fixture repository, as actions/checkout makes by default. */
export function shallowClone(source: string): CliGit {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "dagship-shallow-")), "clone");
  execFileSync("git", ["clone", "-q", "--depth", "1", `file://${source}`, dir], {
    encoding: "utf8",
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" },
  });
  return new CliGit(dir);
}
