/**
 * Which repository deploys. Every manifest records it, and a deploy compares it before it writes
 * or deletes anything, so two repositories that share a destination (and a folder name, or a
 * project name) never overwrite or prune each other's DAGs.
 *
 * The identity is, in this order: the GitHub repository (`github.com/OWNER/NAME`, from the
 * workflow), the `origin` remote's URL normalised the same way (so a clone of that repository
 * deploying from a laptop or another CI system is the same repository), or the repository's
 * first commit (a repository without a remote).
 */
import { UserError } from "../errors.js";
import type { IGit } from "./history.js";

/** A repository as manifests record it. */
export interface RepositoryIdentity {
  /**
   * Canonical and lower case (GitHub and most Git hosts ignore case in names):
   * `github.com/acme/etl`, `gitlab.example.com/data/etl`, or `git-root:<sha>`.
   */
  id: string;
  /** Where it was read from, for messages. */
  source: "github" | "remote" | "root-commit";
}

const ROOT_PREFIX = "git-root:";

/** The GitHub repository of a workflow run: GITHUB_SERVER_URL and GITHUB_REPOSITORY (`owner/name`). Pure. */
export function githubIdentity(serverUrl: string, repository: string): RepositoryIdentity | undefined {
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) return undefined;
  const host = hostOf(serverUrl || "https://github.com") ?? "github.com";
  return { id: `${host}/${repository}`.toLowerCase(), source: "github" };
}

/**
 * A remote URL as an identity: host and path, without credentials, port, `.git` or slashes at
 * the ends, so `git@github.com:Acme/etl.git`, `https://token@github.com/acme/etl` and
 * `ssh://git@github.com:22/acme/etl/` are all `github.com/acme/etl`. Undefined for a local path
 * or `file://` URL (which names a folder on one machine, not a repository). Pure.
 */
export function remoteIdentity(url: string): RepositoryIdentity | undefined {
  const trimmed = url.trim();
  let host: string | undefined;
  let path: string;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed);
  if (scheme) {
    if (!["https", "http", "ssh", "git", "git+ssh", "ssh+git"].includes((scheme[1] ?? "").toLowerCase())) return undefined;
    host = hostOf(trimmed);
    const afterHost = trimmed.slice(scheme[0].length).replace(/^[^/]*/, "");
    path = afterHost.replace(/[?#].*$/, "");
  } else {
    // scp-like `[user@]host:path`: git's rule is a colon before the first slash.
    // A one-letter "host" is a Windows drive (`C:\repos\etl`), as git reads it too.
    const scp = /^(?:[^@/]+@)?([^/:]{2,}):(.+)$/.exec(trimmed);
    if (!scp || trimmed.includes("\\")) return undefined;
    host = (scp[1] ?? "").toLowerCase();
    path = scp[2] ?? "";
  }
  const cleaned = path
    .split("/")
    .filter((segment) => segment !== "" && segment !== "~")
    .join("/")
    .replace(/\.git$/i, "");
  if (host === undefined || host === "" || cleaned === "") return undefined;
  return { id: `${host}/${cleaned}`.toLowerCase(), source: "remote" };
}

/** The repository whose first commit (following first parents from HEAD) is `sha`. Pure. */
export function rootCommitIdentity(sha: string): RepositoryIdentity {
  return { id: `${ROOT_PREFIX}${sha.toLowerCase()}`, source: "root-commit" };
}

/** An identity as a message names it. Pure. */
export function describeRepository(id: string): string {
  return id.startsWith(ROOT_PREFIX) ? `the repository whose first commit is ${id.slice(ROOT_PREFIX.length, ROOT_PREFIX.length + 12)}` : id;
}

/**
 * The identity of the repository `git` works in: its `origin` remote, else its first commit.
 * @throws UserError when neither can be read (no usable remote in a shallow clone, which does
 *   not have the first commit).
 */
export async function readRepositoryIdentity(git: IGit): Promise<RepositoryIdentity> {
  const origin = await git.originUrl();
  const fromRemote = origin === undefined ? undefined : remoteIdentity(origin);
  if (fromRemote !== undefined) return fromRemote;
  if (!(await git.isShallow())) {
    const root = await git.rootCommit();
    if (root !== undefined) return rootCommitIdentity(root);
  }
  throw new UserError(
    "cannot tell which repository this is: it has no origin remote with a host (git remote add origin URL), and it is a " +
      "shallow clone, which lacks its first commit (git fetch --unshallow). dagship records the repository in every " +
      "deploy so that no other repository can overwrite or prune its DAGs.",
  );
}

function hostOf(url: string): string | undefined {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host === "" ? undefined : host.replace(/^\[|\]$/g, "");
  } catch {
    return undefined;
  }
}
