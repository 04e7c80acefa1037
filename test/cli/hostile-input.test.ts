/**
 * Hostile input to every command of the bundled CLI (dist/cli.js, built by `npm run build`):
 * files where folders belong, special files, symlinks that leave the repository, dangle or loop,
 * a dag_id holding the local store's old temporary-file marker. Each ends in exit 1 with a
 * message that names the path and the fix: never exit 2 (an internal error), never a silent
 * success that skips something.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../..", import.meta.url).pathname;
const CLI = join(ROOT, "dist/cli.js");
const SPEC = 'schedule: "@daily"\nstart_date: 2024-01-01\ntasks:\n  run:\n    command: [echo]\n';

function git(cwd: string, ...args: string[]): void {
  execFileSync("git", ["-c", "user.email=ci@example.com", "-c", "user.name=ci", ...args], { cwd, encoding: "utf8" });
}

/** A committed repository with one project, `sales`, beside an `outside` folder. */
function newRepo(): { base: string; repo: string } {
  const base = realpathSync(mkdtempSync(join(tmpdir(), "dagship-hostile-")));
  const repo = join(base, "etl");
  mkdirSync(join(repo, "projects/sales"), { recursive: true });
  mkdirSync(join(base, "outside/project"), { recursive: true });
  writeFileSync(join(repo, "projects/sales/dag.yaml"), SPEC);
  writeFileSync(join(repo, "projects/sales/Dockerfile"), "FROM scratch\n");
  writeFileSync(join(base, "outside/project/dag.yaml"), SPEC);
  writeFileSync(join(repo, "afile"), "a file, not a folder\n");
  git(repo, "init", "-q", "-b", "main");
  git(repo, "add", "-A");
  git(repo, "commit", "-qm", "first");
  return { base, repo };
}

function dagship(cwd: string, args: readonly string[]) {
  const result = spawnSync(process.execPath, ["--no-deprecation", CLI, ...args], { cwd, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Case {
  /** Changes to the fresh repository before the command runs. */
  setup?: (paths: { base: string; repo: string }) => void;
  args: string[];
  message: RegExp;
  /** What must not have been created (relative to the base folder). */
  absent?: string[];
}

const CASES: [string, Case][] = [
  [
    "render --out naming a file",
    { args: ["render", "projects/sales", "--out", "afile"], message: /--out names a folder to write into, but \S+\/afile is a file/ },
  ],
  [
    "render --out below a file",
    { args: ["render", "projects/sales", "--out", "afile/dags"], message: /\S+\/afile is a file, so \S+\/afile\/dags cannot be a folder/ },
  ],
  ["new --dir naming a file", { args: ["new", "orders", "--dir", "afile"], message: /--dir names a folder to write into, but \S+\/afile is a file/ }],
  [
    "new with projects/ a file",
    { setup: ({ repo }) => renameProjects(repo), args: ["new", "orders"], message: /projects names a folder to write into, but \S+\/projects is a file/ },
  ],
  ["new --dir naming a device", { args: ["new", "orders", "--dir", "/dev/null"], message: /\/dev\/null is a file/ }],
  ["deploy --dest naming a file", { args: ["deploy", "--dest", "afile"], message: /afile is not usable as a DAG folder \(it is a file, not a folder/ }],
  ["plan --dest naming a file (it used to plan against it and exit 0)", { args: ["plan", "--dest", "afile"], message: /afile is not usable as a DAG folder/ }],
  [
    "deploy --dest below a file",
    { args: ["deploy", "--dest", "afile/dags"], message: /afile\/dags is not usable as a DAG folder \(a part of its path is a file/ },
  ],
  [
    "deploy --dest a dangling symlink",
    {
      setup: ({ repo }) => symlinkSync("nowhere", join(repo, "dest")),
      args: ["deploy", "--dest", "dest"],
      message: /dest is a symlink to "nowhere", which does not exist/,
      absent: ["etl/nowhere"],
    },
  ],
  [
    "deploy --dest with a folder inside linking outside",
    {
      setup: ({ base }) => {
        mkdirSync(join(base, "dest"));
        mkdirSync(join(base, "elsewhere"));
        symlinkSync("../elsewhere", join(base, "dest/etl"));
      },
      args: ["deploy", "--dest", "../dest"],
      // Refused by the destination check that reads the whole DAG folder before anything is written.
      message: /etl is a symlink to "\.\.\/elsewhere", which resolves to \S+, outside the destination/,
      absent: ["elsewhere/sales"],
    },
  ],
  [
    "validate with a dag.yaml linking outside",
    {
      setup: ({ repo }) => symlinkSync("../../../outside/project/dag.yaml", join(mkdirp(repo, "projects/billing"), "dag.yaml")),
      args: ["validate"],
      message: /projects\/billing\/dag\.yaml is a symlink to "\.\.\/\.\.\/\.\.\/outside\/project\/dag\.yaml", which resolves to \S+, outside the repository/,
    },
  ],
  [
    "deploy with a project folder linking outside",
    {
      setup: ({ repo }) => symlinkSync("../../outside/project", join(repo, "projects/billing")),
      args: ["deploy"],
      message: /projects\/billing is a symlink to "\.\.\/\.\.\/outside\/project", which resolves to \S+, outside the repository/,
      absent: ["etl/.dagship"],
    },
  ],
  [
    "deploy with a dangling project folder (it used to vanish and look removed)",
    {
      setup: ({ repo }) => symlinkSync("../gone", join(repo, "projects/billing")),
      args: ["deploy"],
      message: /projects\/billing is a symlink to "\.\.\/gone", which does not exist \(a dangling link\)/,
      absent: ["etl/.dagship"],
    },
  ],
  [
    "validate with a project folder looping back",
    {
      setup: ({ repo }) => symlinkSync("..", join(repo, "projects/loop")),
      args: ["validate"],
      message: /projects\/loop is a symlink to "\.\.", which leads back to itself or to a folder that contains it/,
    },
  ],
  [
    "validate with a dag.yaml that is a pipe",
    {
      setup: ({ repo }) => execFileSync("mkfifo", [join(mkdirp(repo, "projects/billing"), "dag.yaml")]),
      args: ["validate"],
      message: /projects\/billing\/dag\.yaml is a special file/,
    },
  ],
  [
    "render a project whose dag.yaml links outside",
    {
      setup: ({ repo }) => symlinkSync("../../../outside/project/dag.yaml", join(mkdirp(repo, "projects/billing"), "dag.yaml")),
      args: ["render", "projects/billing", "--out", "out"],
      message: /outside the repository/,
      absent: ["etl/out"],
    },
  ],
  [
    "deploy with a .dockerignore that is a folder",
    {
      setup: ({ repo }) => mkdirSync(join(repo, "projects/sales/.dockerignore")),
      args: ["deploy", "--registry", "127.0.0.1:1/etl"],
      message: /\.dockerignore is not a file/,
    },
  ],
  [
    "deploy with a .dockerignore linking outside",
    {
      setup: ({ repo }) => symlinkSync("/etc/hostname", join(repo, "projects/sales/.dockerignore")),
      args: ["deploy", "--registry", "127.0.0.1:1/etl"],
      message: /\.dockerignore is a symlink to "\/etc\/hostname", which resolves to \S+, outside the build context/,
    },
  ],
  [
    "render --out where <dag_id>.py is a pipe (writing would wait forever)",
    {
      setup: ({ repo }) => execFileSync("mkfifo", [join(mkdirp(repo, "out"), "sales.py")]),
      args: ["render", "projects/sales", "--out", "out"],
      message: /out\/sales\.py exists and is not a file/,
    },
  ],
  [
    "render --out where <dag_id>.py is a folder",
    {
      setup: ({ repo }) => mkdirp(repo, "out/sales.py"),
      args: ["render", "projects/sales", "--out", "out"],
      message: /out\/sales\.py exists and is not a file/,
    },
  ],
  ["validate a path below a file", { args: ["validate", "afile/x"], message: /afile\/x is not a folder/ }],
];

function mkdirp(repo: string, relative: string): string {
  mkdirSync(join(repo, relative), { recursive: true });
  return join(repo, relative);
}

function renameProjects(repo: string): void {
  const moved = join(repo, "..", "moved-projects");
  execFileSync("mv", [join(repo, "projects"), moved]);
  writeFileSync(join(repo, "projects"), "a file\n");
}

describe("hostile input to the bundled CLI: exit 1 with a located message, never exit 2", () => {
  it("the bundle exists (npm run build)", () => {
    expect(existsSync(CLI)).toBe(true);
  });

  it.each(CASES)("%s", (_, testCase) => {
    const paths = newRepo();
    testCase.setup?.(paths);
    const result = dagship(paths.repo, testCase.args);
    expect(result.stderr).not.toContain("internal error");
    expect(result.stderr).toMatch(testCase.message);
    expect(result.code).toBe(1);
    for (const path of testCase.absent ?? []) expect(existsSync(join(paths.base, path)), path).toBe(false);
  });

  it("a dag_id holding the old temporary-file marker deploys, and deploys again as unchanged", () => {
    const { repo } = newRepo();
    writeFileSync(join(repo, "projects/sales/dag.yaml"), `dag_id: sales.dagship-tmp-nightly\n${SPEC}`);
    git(repo, "commit", "-qam", "marker in the dag_id");
    const first = dagship(repo, ["deploy"]);
    expect(first.stderr).toContain("+ new sales.dagship-tmp-nightly.py");
    expect(first.code).toBe(0);
    // It used to be invisible to the next listing: every later deploy gave up after 10 attempts.
    const second = dagship(repo, ["deploy"]);
    expect(second.stderr).not.toContain("missing from the destination");
    expect(second.code).toBe(0);
    expect(readdirSync(join(repo, ".dagship/dags/etl/sales")).sort()).toEqual([".dagship-manifest.json", "sales.dagship-tmp-nightly.py"]);
  });
});
