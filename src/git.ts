import { execFile } from "node:child_process";

/** What one git command printed and how it exited. */
export interface GitOutput {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run git in `cwd` with arguments as an array (never a shell). A non-zero exit is returned, not
 * thrown: callers decide what each exit code means (`merge-base --is-ancestor` answers with 1).
 * Only a git that cannot be started at all rejects.
 */
export function runGit(cwd: string, args: readonly string[], maxBuffer = 64 << 20): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    execFile("git", [...args], { cwd, encoding: "utf8", maxBuffer }, (error, stdout, stderr) => {
      if (error && typeof error.code !== "number") {
        reject(new Error(`could not run git in ${cwd}: ${error.message}`));
        return;
      }
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

/**
 * A full hexadecimal commit id (SHA-1 or SHA-256). Only these reach git: anything else could be
 * read as an option or a ref name.
 */
export function isCommitId(sha: string): boolean {
  return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha);
}

/** Whether the repository at `cwd` has the commit `sha` (false for anything not a full id). */
export async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  if (!isCommitId(sha)) return false;
  return (await runGit(cwd, ["cat-file", "-e", `${sha}^{commit}`])).code === 0;
}
