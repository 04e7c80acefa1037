import { UserError } from "../errors.js";
import { hasCommit, isCommitId, runGit, type GitOutput } from "../git.js";

/** The git questions sync asks, behind a seam; the real one runs `git`, tests use real repositories. */
export interface IGit {
  /** The checked-out commit. */
  headSha(): Promise<string>;
  /**
   * Whether `ancestor` is an ancestor of (or equal to) `descendant`; undefined when either commit
   * is not in the local history (a shallow clone, a force-pushed branch).
   */
  isAncestor(ancestor: string, descendant: string): Promise<boolean | undefined>;
  /** Committer time of a commit, or undefined when it is not in the local history. */
  commitTime(sha: string): Promise<Date | undefined>;
  /**
   * Whether the clone is shallow. A shallow clone lacks older commits by design, so commit times
   * order them; in a full clone a missing commit is never ordered by its recorded time.
   */
  isShallow(): Promise<boolean>;
  /** The `origin` remote's URL, or undefined when there is none. */
  originUrl(): Promise<string | undefined>;
  /** The first commit, following first parents from HEAD; undefined without commits. Meaningless in a shallow clone. */
  rootCommit(): Promise<string | undefined>;
}

/** {@link IGit} backed by the `git` command in a working tree (arguments as an array, no shell). */
export class CliGit implements IGit {
  private shallow: Promise<boolean> | undefined;

  constructor(readonly repoDir: string) {}

  async headSha(): Promise<string> {
    const out = await this.run(["rev-parse", "--verify", "HEAD^{commit}"]);
    if (out.code !== 0) throw new Error(`git rev-parse HEAD failed in ${this.repoDir}: ${out.stderr.trim()}`);
    return out.stdout.trim();
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean | undefined> {
    if (!isCommitId(ancestor) || !isCommitId(descendant)) return undefined;
    const out = await this.run(["merge-base", "--is-ancestor", ancestor, descendant]);
    if (out.code === 0) return true;
    if (out.code === 1) return false;
    // Any other exit: usually a commit missing from a shallow clone; anything else is a real error.
    if (!(await this.exists(ancestor)) || !(await this.exists(descendant))) return undefined;
    throw new Error(`git merge-base --is-ancestor failed in ${this.repoDir}: ${out.stderr.trim()}`);
  }

  async commitTime(sha: string): Promise<Date | undefined> {
    if (!isCommitId(sha)) return undefined;
    const out = await this.run(["show", "-s", "--format=%ct", `${sha}^{commit}`]);
    const seconds = Number(out.stdout.trim());
    if (out.code === 0 && out.stdout.trim() !== "" && Number.isFinite(seconds)) return new Date(seconds * 1000);
    if (!(await this.exists(sha))) return undefined;
    throw new Error(`git show ${sha} failed in ${this.repoDir}: ${out.stderr.trim()}`);
  }

  async isShallow(): Promise<boolean> {
    this.shallow ??= this.run(["rev-parse", "--is-shallow-repository"]).then((out) => {
      if (out.code !== 0) throw new Error(`git rev-parse --is-shallow-repository failed in ${this.repoDir}: ${out.stderr.trim()}`);
      return out.stdout.trim() === "true";
    });
    return this.shallow;
  }

  async originUrl(): Promise<string | undefined> {
    // `git config`, not `git remote get-url`: the URL as configured, without insteadOf rewrites of this machine.
    const out = await this.run(["config", "--get", "remote.origin.url"]);
    const url = out.stdout.trim();
    return out.code === 0 && url !== "" ? url : undefined;
  }

  async rootCommit(): Promise<string | undefined> {
    const out = await this.run(["rev-list", "--max-parents=0", "--first-parent", "HEAD"]);
    const root = out.stdout.trim().split("\n").pop() ?? "";
    return out.code === 0 && isCommitId(root) ? root : undefined;
  }

  private exists(sha: string): Promise<boolean> {
    return hasCommit(this.repoDir, sha);
  }

  private run(args: string[]): Promise<GitOutput> {
    return runGit(this.repoDir, args, 1 << 20);
  }
}

/** A commit as deployments record it. */
export interface CommitRef {
  sha: string;
  /** Committer time; recorded so a shallow clone can still tell older from newer. */
  time?: Date;
}

/**
 * How our commit relates to another deployed one: `ahead` (ours descends from it), `behind`
 * (ours is an ancestor of it: deploying would roll back), `same`, `diverged` (different
 * branches), or `unknown` (neither git nor commit times can tell).
 */
export type CommitRelation = "same" | "ahead" | "behind" | "diverged" | "unknown";

/** A relation and how it was established. */
export interface CommitComparison {
  relation: CommitRelation;
  /**
   * `git` when ancestry was checked; `time` when a shallow clone lacked a commit and commit times
   * ordered them; `absent` when a full clone lacks it (never ordered by time: it may be another
   * repository's, or rewritten history); `none` when nothing could tell.
   */
  basis: "git" | "time" | "absent" | "none";
}

/**
 * Compare our commit with a deployed one. When git lacks a commit, a shallow clone falls back to
 * commit times; a full clone says `unknown` (basis `absent`) instead of guessing.
 */
export async function compareCommits(git: IGit, ours: CommitRef, theirs: CommitRef): Promise<CommitComparison> {
  if (ours.sha === theirs.sha) return { relation: "same", basis: "git" };
  // The usual case first (the deployed commit is an ancestor of ours): one git call.
  const theirsIsOlder = await git.isAncestor(theirs.sha, ours.sha);
  if (theirsIsOlder === true) return { relation: "ahead", basis: "git" };
  if (theirsIsOlder === false) {
    const oursIsOlder = await git.isAncestor(ours.sha, theirs.sha);
    if (oursIsOlder !== undefined) return { relation: oursIsOlder ? "behind" : "diverged", basis: "git" };
  }
  if (!(await git.isShallow())) return { relation: "unknown", basis: "absent" };
  const ourTime = ours.time ?? (await git.commitTime(ours.sha));
  const theirTime = theirs.time ?? (await git.commitTime(theirs.sha));
  if (ourTime === undefined || theirTime === undefined) return { relation: "unknown", basis: "none" };
  return { relation: ourTime.getTime() < theirTime.getTime() ? "behind" : "ahead", basis: "time" };
}

/** Memoises comparisons within one deploy: listings repeat the same few commits. */
export class CommitComparer {
  private readonly cache = new Map<string, Promise<CommitComparison>>();
  constructor(
    private readonly git: IGit,
    private readonly ours: CommitRef,
  ) {}

  compare(theirs: CommitRef): Promise<CommitComparison> {
    let found = this.cache.get(theirs.sha);
    if (found === undefined) {
      found = compareCommits(this.git, this.ours, theirs);
      this.cache.set(theirs.sha, found);
    }
    return found;
  }
}

/** Seven hex digits, as git abbreviates. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/**
 * The checked-out commit of `repoRoot` and its committer time (now, when git has none): what a
 * deploy, and a promotion, deploy.
 * @throws UserError when `repoRoot` is no git work tree with a commit
 */
export async function checkedOutCommit(repoRoot: string, git: IGit): Promise<{ sha: string; time: Date }> {
  let sha: string;
  try {
    sha = await git.headSha();
  } catch {
    throw new UserError(`${repoRoot} is not a git work tree with a commit: dagship deploys commits (git init && git commit first)`);
  }
  return { sha, time: (await git.commitTime(sha)) ?? new Date() };
}
