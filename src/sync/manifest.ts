import { messageOf, UserError } from "../errors.js";
import { isCommitId } from "../git.js";
import { orderedHistory, parseHistory, type DeployHistory } from "./deploy-record.js";
import { assertSafeKey } from "./store.js";

/** Name of the manifest object inside a project's prefix. Airflow only parses `.py` files. */
export const MANIFEST_NAME = ".dagship-manifest.json";

/**
 * The manifest format this version writes. Format 2 added the repository's identity; format 1
 * (dagship 0.1, no identity) is still read, and is adopted: the next deploy rewrites it as format
 * 2 with this repository recorded. The number went up so that a dagship that knows no identity
 * refuses such a manifest ("written by a newer dagship") instead of dropping the identity.
 */
export const MANIFEST_FORMAT = 2;

/** Formats this version reads besides its own. */
const LEGACY_FORMATS: readonly number[] = [1];

/** Custom metadata keys on every object sync writes: who wrote it, from which commit. */
export const META = {
  /** The owning prefix, e.g. `dags/etl/sales/`: the identity of "this project's files". */
  owner: "dagship-owner",
  /** The deploying repository's identity (see `RepositoryIdentity`). */
  repository: "dagship-repository",
  project: "dagship-project",
  commit: "dagship-commit",
  commitTime: "dagship-commit-time",
  version: "dagship-version",
} as const;

/** One deployed file, as the manifest records it. */
export interface ManifestFile {
  /** Base64 MD5 of the content, as Cloud Storage reports it. */
  md5: string;
  size: number;
  dagId?: string;
}

/** What a project has deployed into its prefix: the only files a later deploy may delete. */
export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  /**
   * The identity of the repository that owns the prefix (`RepositoryIdentity.id`). Absent only in
   * a format-1 manifest, written before identities were recorded.
   */
  repository?: string;
  repo: string;
  project: string;
  /** The full prefix the manifest governs, e.g. `dags/etl/sales/`. */
  prefix: string;
  commit: string;
  /** Committer time of `commit`, ISO 8601; lets a shallow clone still tell older from newer. */
  commitTime: string;
  /** Set when the deploy was a release-tag deploy (which may roll back). */
  releaseTag?: string;
  deployedAt: string;
  dagshipVersion: string;
  /** Paths relative to `prefix`. */
  files: Record<string, ManifestFile>;
  /** The last deploys, newest first (this one included), with their renders; absent before dagship recorded them. */
  history?: DeployHistory;
}

/**
 * A manifest that cannot be read as one (corrupt, or from a newer dagship). Another folder's
 * unusable manifest stops only that folder's deploy; a check looking across folders skips it.
 */
export class UnusableManifestError extends UserError {}

/** Serialise with sorted file paths, so equal deploys produce equal bytes. */
export function serializeManifest(manifest: Manifest): Uint8Array {
  const files: Record<string, ManifestFile> = {};
  for (const path of Object.keys(manifest.files).sort()) {
    const file = manifest.files[path] as ManifestFile;
    files[path] = { md5: file.md5, size: file.size, ...(file.dagId === undefined ? {} : { dagId: file.dagId }) };
  }
  const ordered: Manifest = {
    format: manifest.format,
    ...(manifest.repository === undefined ? {} : { repository: manifest.repository }),
    repo: manifest.repo,
    project: manifest.project,
    prefix: manifest.prefix,
    commit: manifest.commit,
    commitTime: manifest.commitTime,
    ...(manifest.releaseTag === undefined ? {} : { releaseTag: manifest.releaseTag }),
    deployedAt: manifest.deployedAt,
    dagshipVersion: manifest.dagshipVersion,
    files,
    ...(manifest.history === undefined ? {} : { history: orderedHistory(manifest.history) }),
  };
  return new TextEncoder().encode(`${JSON.stringify(ordered, null, 2)}\n`);
}

/**
 * Parse a manifest read from storage. Anything unexpected is an error, never a guess: a manifest
 * read as "owns nothing" would orphan files, one read as "owns everything" would delete others'.
 * @param where the manifest's URI, for messages.
 * @param expectedPrefix the prefix this project governs; a manifest for another prefix is refused.
 */
export function parseManifest(bytes: Uint8Array, where: string, expectedPrefix: string): Manifest {
  const fix =
    `It records which files this project deployed; without it dagship cannot tell what to delete. ` +
    `Restore it (from object versioning, or a previous deploy log), or delete it: the next deploy then ` +
    `re-adopts the files it renders and leaves every other file in place.`;
  const fail = (why: string): never => {
    throw new UnusableManifestError(`the deploy manifest ${where} is unusable: ${why}. ${fix}`);
  };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (thrown) {
    return fail(`it is not valid JSON (${messageOf(thrown)})`);
  }
  if (!isRecord(value)) return fail("it is not a JSON object");
  const legacy = typeof value.format === "number" && LEGACY_FORMATS.includes(value.format);
  if (value.format !== MANIFEST_FORMAT && !legacy) {
    if (typeof value.format === "number" && value.format > MANIFEST_FORMAT) {
      throw new UnusableManifestError(
        `the deploy manifest ${where} has format ${value.format}, written by a newer dagship ` +
          `(${String(value.dagshipVersion)}); upgrade dagship to deploy this project`,
      );
    }
    return fail(`its "format" is ${JSON.stringify(value.format)}, expected ${[...LEGACY_FORMATS, MANIFEST_FORMAT].join(" or ")}`);
  }
  const text = (key: string, optional = false): string | undefined => {
    const field = value[key];
    if (field === undefined && optional) return undefined;
    if (typeof field !== "string" || field === "") fail(`"${key}" must be a non-empty string`);
    return field as string;
  };
  const prefix = text("prefix") as string;
  if (prefix !== expectedPrefix) {
    return fail(`it governs "${prefix}", not this project's prefix "${expectedPrefix}"`);
  }
  const commit = text("commit") as string;
  if (!isCommitId(commit)) return fail(`"commit" is not a full git commit id`);
  const commitTime = text("commitTime") as string;
  if (Number.isNaN(Date.parse(commitTime))) return fail(`"commitTime" is not a date`);
  const deployedAt = text("deployedAt") as string;
  if (Number.isNaN(Date.parse(deployedAt))) return fail(`"deployedAt" is not a date`);
  if (!isRecord(value.files)) return fail(`"files" must be an object of path -> {md5, size}`);
  const files: Record<string, ManifestFile> = {};
  for (const [path, entry] of Object.entries(value.files)) {
    try {
      assertSafeKey(path);
    } catch {
      return fail(`file path ${JSON.stringify(path)} is not a safe relative path`);
    }
    if (path === MANIFEST_NAME) return fail(`it lists itself as a file`);
    if (!isRecord(entry)) return fail(`entry for ${path} is not an object`);
    if (typeof entry.md5 !== "string" || !/^[A-Za-z0-9+/]{22}==$/.test(entry.md5)) {
      return fail(`entry for ${path} has no valid base64 "md5"`);
    }
    if (typeof entry.size !== "number" || !Number.isInteger(entry.size) || entry.size < 0) {
      return fail(`entry for ${path} has no valid "size"`);
    }
    if (entry.dagId !== undefined && typeof entry.dagId !== "string") return fail(`entry for ${path} has a non-string "dagId"`);
    files[path] = { md5: entry.md5, size: entry.size, ...(entry.dagId === undefined ? {} : { dagId: entry.dagId }) };
  }
  const releaseTag = text("releaseTag", true);
  // A format-1 manifest has no identity (any "repository" in it is not ours to trust).
  const repository = legacy ? undefined : (text("repository") as string);
  const history = value.history === undefined ? undefined : parseHistory(value.history, fail);
  return {
    format: MANIFEST_FORMAT,
    ...(repository === undefined ? {} : { repository }),
    repo: text("repo") as string,
    project: text("project") as string,
    prefix,
    commit,
    commitTime,
    ...(releaseTag === undefined ? {} : { releaseTag }),
    deployedAt,
    dagshipVersion: text("dagshipVersion") as string,
    files,
    ...(history === undefined ? {} : { history }),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
