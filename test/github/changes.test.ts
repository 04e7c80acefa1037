import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { changedProjects, CliChangeGit, projectsTouched, type ChangeGit } from "../../src/github/changes.js";
import { globToRegExp, selectByGlobs } from "../../src/github/glob.js";

const PROJECTS = [
  { name: "sales", path: "projects/sales" },
  { name: "sales_eu", path: "projects/sales_eu" },
  { name: "weather", path: "projects/weather" },
  { name: "legacy", path: "old/legacy" },
];

describe("changed files -> projects", () => {
  const table: [string, string[], string[]][] = [
    ["a file in one project", ["projects/sales/main.py"], ["sales"]],
    ["a dag.yaml", ["projects/weather/dag.yaml"], ["weather"]],
    ["a folder-name prefix is not a match", ["projects/sales_eu/x.py"], ["sales_eu"]],
    ["files outside every project", ["README.md", "projects/README.md", ".github/workflows/ci.yml"], []],
    ["several projects, in project order", ["old/legacy/Dockerfile", "projects/sales/a", "projects/weather/b"], ["sales", "weather", "legacy"]],
    ["a deleted project's files touch no existing project", ["projects/gone/dag.yaml"], []],
    ["nothing changed", [], []],
  ];
  it.each(table)("%s", (_, files, expected) => {
    expect(projectsTouched(files, PROJECTS)).toEqual(expected);
  });

  it("a project at the root is touched by every change, and nested projects both", () => {
    expect(projectsTouched(["x.py"], [{ name: "root", path: "" }])).toEqual(["root"]);
    expect(
      projectsTouched(
        ["a/b/c.py"],
        [
          { name: "a", path: "a" },
          { name: "b", path: "a/b" },
        ],
      ),
    ).toEqual(["a", "b"]);
  });
});

describe("projects globs", () => {
  const table: [string[], string[]][] = [
    [["projects/*"], ["sales", "sales_eu", "weather"]],
    [["sales*"], ["sales", "sales_eu"]],
    [["sales"], ["sales"]],
    [["**/legacy"], ["legacy"]],
    [["**"], ["sales", "sales_eu", "weather", "legacy"]],
    [
      ["projects/*", "!sales_eu"],
      ["sales", "weather"],
    ],
    [["!projects/*"], ["legacy"]],
    [["projects/sal?s"], ["sales"]],
    [["./projects/weather/"], ["weather"]],
    [["nothing"], []],
  ];
  it.each(table)("%j", (globs, expected) => {
    expect(selectByGlobs(globs, PROJECTS)).toEqual(expected);
  });

  it("* stays within a segment, ** crosses them, and regex characters are literal", () => {
    expect(globToRegExp("a/*").test("a/b/c")).toBe(false);
    expect(globToRegExp("a/**").test("a/b/c")).toBe(true);
    expect(globToRegExp("a/**/c").test("a/c")).toBe(true);
    expect(globToRegExp("a.b").test("axb")).toBe(false);
    expect(globToRegExp("(x)").test("(x)")).toBe(true);
  });
});

function fakeGit(present: string[], files: string[], fetchable: string[] = []): ChangeGit & { fetched: string[] } {
  const fetched: string[] = [];
  return {
    fetched,
    hasCommit: async (sha) => present.includes(sha),
    fetchCommit: async (sha) => {
      fetched.push(sha);
      if (fetchable.includes(sha)) present.push(sha);
      return present.includes(sha);
    },
    changedFiles: async () => files,
  };
}

describe("change detection through the git seam", () => {
  const base = "b".repeat(40);
  it("compares with the base commit when it is there", async () => {
    const result = await changedProjects({ kind: "since", base, why: "since b" }, PROJECTS, fakeGit([base], ["projects/weather/x"]));
    expect(result).toEqual({ names: ["weather"], all: false, why: "since b", files: ["projects/weather/x"] });
  });
  it("fetches a base commit missing from a shallow clone", async () => {
    const git = fakeGit([], ["projects/sales/x"], [base]);
    const result = await changedProjects({ kind: "since", base, why: "since b" }, PROJECTS, git);
    expect(git.fetched).toEqual([base]);
    expect(result.names).toEqual(["sales"]);
  });
  it("takes every project when the history is missing", async () => {
    const result = await changedProjects({ kind: "since", base, why: "since b" }, PROJECTS, fakeGit([], ["projects/sales/x"]));
    expect(result.all).toBe(true);
    expect(result.names).toEqual(PROJECTS.map((project) => project.name));
    expect(result.why).toMatch(/not in this clone's history.*fetch-depth: 0/);
  });
  it("takes every project when the event says so", async () => {
    const result = await changedProjects({ kind: "all", why: "force push" }, PROJECTS, fakeGit([], []));
    expect(result).toMatchObject({ all: true, why: "force push" });
  });
});

function git(dir: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@e", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@e" },
  }).trim();
}

function write(dir: string, file: string, text: string): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}

describe("CliChangeGit on a real repository", () => {
  it("lists the files changed since a commit (renames as both sides), relative to the work folder", async () => {
    const repo = mkdtempSync(join(tmpdir(), "dagship-changes-"));
    try {
      git(repo, "init", "-q", "-b", "main");
      write(repo, "etl/projects/a/dag.yaml", "a");
      write(repo, "etl/projects/b/dag.yaml", "b");
      write(repo, "docs/readme.md", "r");
      git(repo, "add", ".");
      git(repo, "commit", "-q", "-m", "one");
      const first = git(repo, "rev-parse", "HEAD");
      write(repo, "etl/projects/a/main.py", "print()");
      git(repo, "mv", "etl/projects/b", "etl/projects/c");
      write(repo, "docs/readme.md", "changed");
      git(repo, "add", ".");
      git(repo, "commit", "-q", "-m", "two");

      const changes = new CliChangeGit(join(repo, "etl"));
      expect(await changes.hasCommit(first)).toBe(true);
      expect(await changes.hasCommit("f".repeat(40))).toBe(false);
      expect((await changes.changedFiles(first)).sort()).toEqual(["projects/a/main.py", "projects/b/dag.yaml", "projects/c/dag.yaml"]);
      expect(await changes.prefix()).toBe("etl");
      // A diverged base compares from the merge base: the other branch's own changes do not count.
      git(repo, "checkout", "-q", "-b", "other", first);
      write(repo, "etl/projects/z/dag.yaml", "z");
      git(repo, "add", ".");
      git(repo, "commit", "-q", "-m", "other");
      const other = git(repo, "rev-parse", "HEAD");
      git(repo, "checkout", "-q", "main");
      expect((await changes.changedFiles(other)).sort()).toEqual(["projects/a/main.py", "projects/b/dag.yaml", "projects/c/dag.yaml"]);
      // A second checkout of the first commit for the base-branch render, and its removal.
      const tree = join(repo, "..", `${repo.split("/").pop() ?? "x"}-base`);
      await changes.addWorktree(first, tree);
      expect(git(tree, "rev-parse", "HEAD")).toBe(first);
      await changes.removeWorktree(tree);
      expect(git(repo, "worktree", "list").split("\n")).toHaveLength(1);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
