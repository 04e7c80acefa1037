/**
 * Which projects a push or pull request changed. The decision is a pure function of the changed
 * paths and the project folders; git is asked through one narrow seam.
 */
import { hasCommit, isCommitId, runGit, type GitOutput } from "../git.js";
import type { Compare } from "./event.js";
import type { GlobTarget } from "./glob.js";

/** The git questions change detection asks. */
export interface ChangeGit {
  /** Whether the commit is in the local history. */
  hasCommit(sha: string): Promise<boolean>;
  /**
   * Best effort: fetch one commit a shallow clone lacks (`git fetch --depth=1 origin SHA`).
   * Returns whether it is there afterwards.
   */
  fetchCommit(sha: string): Promise<boolean>;
  /**
   * Paths (relative to the work folder, forward slashes) that differ between the merge base of
   * `base` and HEAD, and HEAD: what the push or pull request changed. Renames count as a
   * deletion plus an addition, so both folders are affected.
   */
  changedFiles(base: string): Promise<string[]>;
}

/**
 * Projects with a changed file in their folder. A file in nested project folders changes every
 * project around it (an outer project's build context includes the inner folder).
 */
export function projectsTouched(files: readonly string[], projects: readonly GlobTarget[]): string[] {
  return projects.filter((project) => project.path === "" || files.some((file) => file.startsWith(`${project.path}/`))).map((project) => project.name);
}

/** What change detection found. */
export interface ChangedProjects {
  /** Project names, in project order. */
  names: string[];
  /** True when every project is included because there is nothing to compare with. */
  all: boolean;
  /** Why these, in words. */
  why: string;
  /** The changed paths, when a comparison was made. */
  files?: string[];
}

/**
 * The projects to consider for a comparison: all when the event says so, when the base commit
 * is not a commit id, or when the history to compare with is missing even after fetching it.
 */
export async function changedProjects(compare: Compare, projects: readonly GlobTarget[], git: ChangeGit): Promise<ChangedProjects> {
  const everything = (why: string): ChangedProjects => ({ names: projects.map((project) => project.name), all: true, why });
  if (compare.kind === "all") return everything(compare.why);
  if (!isCommitId(compare.base)) return everything(`"${compare.base}" is not a commit id: every project`);
  if (!(await git.hasCommit(compare.base)) && !(await git.fetchCommit(compare.base))) {
    return everything(
      `commit ${compare.base.slice(0, 7)} is not in this clone's history (a shallow clone? use actions/checkout with fetch-depth: 0): every project`,
    );
  }
  const files = await git.changedFiles(compare.base);
  return { names: projectsTouched(files, projects), all: false, why: compare.why, files };
}

/** The git work a base-branch render needs: a second checkout of another commit. */
export interface WorktreeGit {
  /** The work folder's path inside its repository ("" at the top), forward slashes. */
  prefix(): Promise<string>;
  /** Check `sha` out into the new folder `dir`, leaving the work folder untouched. */
  addWorktree(sha: string, dir: string): Promise<void>;
  removeWorktree(dir: string): Promise<void>;
}

/** {@link ChangeGit} backed by the `git` command in the work folder (arguments as an array, no shell). */
export class CliChangeGit implements ChangeGit, WorktreeGit {
  constructor(readonly workDir: string) {}

  hasCommit(sha: string): Promise<boolean> {
    return hasCommit(this.workDir, sha);
  }

  async fetchCommit(sha: string): Promise<boolean> {
    if (!isCommitId(sha)) return false;
    await this.run(["fetch", "--quiet", "--no-tags", "--depth=1", "origin", sha]);
    return this.hasCommit(sha);
  }

  async changedFiles(base: string): Promise<string[]> {
    if (!isCommitId(base)) throw new Error(`not a commit id: ${base}`);
    // Without a merge base (unrelated histories), fall back to a plain two-tree diff.
    const mergeBase = await this.run(["merge-base", base, "HEAD"]);
    const from = mergeBase.code === 0 ? mergeBase.stdout.trim() : base;
    const out = await this.run(["diff", "--name-only", "--no-renames", "--relative", "-z", from, "HEAD", "--"]);
    if (out.code !== 0) throw new Error(`git diff ${from.slice(0, 7)} HEAD failed in ${this.workDir}: ${out.stderr.trim()}`);
    return out.stdout.split("\0").filter((file) => file !== "");
  }

  async prefix(): Promise<string> {
    const out = await this.run(["rev-parse", "--show-prefix"]);
    if (out.code !== 0) throw new Error(`git rev-parse --show-prefix failed in ${this.workDir}: ${out.stderr.trim()}`);
    return out.stdout.trim().replace(/\/+$/, "");
  }

  async addWorktree(sha: string, dir: string): Promise<void> {
    if (!isCommitId(sha)) throw new Error(`not a commit id: ${sha}`);
    const out = await this.run(["worktree", "add", "--detach", "--quiet", dir, sha]);
    if (out.code !== 0) throw new Error(`git worktree add ${sha.slice(0, 7)} failed: ${out.stderr.trim()}`);
  }

  async removeWorktree(dir: string): Promise<void> {
    await this.run(["worktree", "remove", "--force", dir]);
    await this.run(["worktree", "prune"]);
  }

  private run(args: string[]): Promise<GitOutput> {
    return runGit(this.workDir, args);
  }
}
