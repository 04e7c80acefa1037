import { createHash } from "node:crypto";
import { lstat, readFile, readdir, readlink, realpath } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { UserError } from "../errors.js";
import { isErrno, locateInside, openNoFollow, type Boundary } from "../fs-safety.js";
import { runBounded } from "../util/async.js";
import { compareContextPaths, type ContextEntry } from "./context-hash.js";
import { IgnoreMatcher, IgnorePatternError, readDockerignore } from "./dockerignore.js";
import { endOfArchive, headerBlocks, padding } from "./tar.js";

/** The deployment files that are never part of an image's build context. */
export const DEFAULT_CONTEXT_EXCLUDES: readonly string[] = ["dag.yaml", "dag.yml"];

/** What to scan: a project's build context. */
export interface ScanOptions {
  /** Absolute (or cwd-relative) path of the build context, normally the project folder. */
  readonly contextDir: string;
  /** Dockerfile path relative to the context. Default `Dockerfile`. */
  readonly dockerfile?: string;
  /**
   * Context-relative paths that describe the deployment, not the image (the project's
   * `dag.yaml`): they are neither hashed nor sent to Docker, so editing them never rebuilds.
   */
  readonly exclude?: readonly string[];
  /**
   * The folder a symlinked `.dockerignore` may resolve into (the repository). Default: the
   * context itself. A symlinked Dockerfile must always resolve inside the context: Docker looks
   * it up there.
   */
  readonly boundary?: string;
}

/** A scanned build context: exactly the entries that are hashed and sent to `docker build`. */
export interface ScannedContext {
  readonly root: string;
  /** Dockerfile path inside the context, slash-separated. */
  readonly dockerfile: string;
  /** The ignore file whose patterns applied, if any (context-relative). */
  readonly ignoreFile: string | undefined;
  /** Sorted byte-wise by path. */
  readonly entries: readonly ContextEntry[];
  /** How many paths were left out by `.dockerignore` or `exclude`. */
  readonly excludedCount: number;
}

/** Decisions of the walk, separated from the filesystem so they can be tested as data. */
export interface ContextSelector {
  /** Whether a path is part of the context. */
  includes(relPath: string): boolean;
  /** Whether the walk must look inside an excluded directory. */
  mustDescend(relDir: string): boolean;
}

/**
 * The selection Docker makes: `.dockerignore` patterns (with `!` exceptions), except that the
 * Dockerfile and `.dockerignore` are always sent; plus dagship's own `exclude` list, which
 * always wins (a deployment file is never image content).
 */
export function contextSelector(
  ignorePatterns: readonly (string | { pattern: string; line: number })[],
  dockerfile: string,
  exclude: readonly string[],
): ContextSelector {
  const matcher = new IgnoreMatcher(ignorePatterns);
  const alwaysSent = new Set([dockerfile, ".dockerignore"]);
  const excluded = new Set(exclude.map((p) => p.replace(/^\.\//, "")).filter((p) => p !== dockerfile));
  return {
    includes(relPath: string): boolean {
      if (excluded.has(relPath)) return false;
      if (alwaysSent.has(relPath)) return true;
      return !matcher.excludes(relPath);
    },
    mustDescend(relDir: string): boolean {
      if (excluded.has(relDir)) return false;
      return matcher.mayIncludeBelow(relDir) || [...alwaysSent].some((p) => p.startsWith(`${relDir}/`));
    },
  };
}

function toPosix(relative: string): string {
  return relative.split(path.sep).join("/");
}

async function sha256File(file: string, size: number): Promise<string> {
  // O_NOFOLLOW: the entry was a regular file when listed; if it is a symlink now, it changed.
  const handle = await openNoFollow(file).catch((thrown: unknown) => {
    throw isErrno(thrown, "ELOOP") ? new ContextChangedError(file) : thrown;
  });
  try {
    // Small files in one read: most of a project's files, and far cheaper than a stream each.
    if (size < 4 * 1024 * 1024)
      return createHash("sha256")
        .update(await handle.readFile())
        .digest("hex");
    const hash = createHash("sha256");
    for await (const chunk of handle.createReadStream({ autoClose: false })) hash.update(chunk as Buffer);
    return hash.digest("hex");
  } finally {
    await handle.close();
  }
}

async function describeEntry(item: { rel: string; abs: string; type: ContextEntry["type"] }): Promise<ContextEntry> {
  if (item.type === "file") {
    const stat = await lstat(item.abs);
    const executable = (stat.mode & 0o111) !== 0;
    return { path: item.rel, type: "file", executable, size: stat.size, sha256: await sha256File(item.abs, stat.size) };
  }
  if (item.type === "symlink") {
    // Sent as the link itself, never followed: what `docker build` does with a folder.
    return { path: item.rel, type: "symlink", executable: false, linkTarget: await readlink(item.abs) };
  }
  return { path: item.rel, type: "dir", executable: true };
}

/**
 * The ignore file that applies, read through its symlink if it is one (inside `boundary` only).
 * BuildKit prefers an ignore file named after the Dockerfile (Dockerfile.dockerignore) next to it.
 */
async function readIgnoreFile(root: string, dockerfile: string, boundary: Boundary): Promise<{ file: string; text: string } | undefined> {
  for (const candidate of [`${dockerfile}.dockerignore`, ".dockerignore"]) {
    const located = await locateInside(boundary, path.join(root, candidate));
    if (located.state === "missing") continue;
    if (located.kind !== "file") {
      throw new UserError(`${path.join(root, candidate)} is not a file: Docker reads ignore patterns from a file; remove it or replace it by a file`);
    }
    return { file: candidate, text: await readFile(located.real, "utf8") };
  }
  return undefined;
}

/**
 * The Dockerfile, which may be a symlink to a file inside the context (Docker follows it there).
 * Returns the context-relative path of the file it names.
 */
async function checkDockerfile(context: Boundary, dockerfileAbs: string, realRoot: string): Promise<string> {
  const located = await locateInside(context, dockerfileAbs);
  if (located.state === "missing") {
    throw new UserError(
      `no Dockerfile at ${dockerfileAbs}: every project folder needs a Dockerfile to build its image ` + "(add one, or set the project's dockerfile path)",
    );
  }
  if (located.kind !== "file")
    throw new UserError(`the Dockerfile ${dockerfileAbs} is not a file: replace it by a file (or a symlink to one in the project folder)`);
  return toPosix(path.relative(realRoot, located.real));
}

/**
 * Walks a build context the way Docker selects it and hashes every file. Throws a UserError for a
 * missing Dockerfile, a Dockerfile outside the context, or a `.dockerignore` Docker would refuse.
 */
export async function scanContext(options: ScanOptions): Promise<ScannedContext> {
  const given = path.resolve(options.contextDir);
  const rootStat = await lstat(given).catch(() => undefined);
  // The context folder may be a symlink (a project reached through one, checked by discovery).
  const root = rootStat?.isSymbolicLink() ? await realpath(given).catch(() => given) : given;
  const dockerfileAbs = path.resolve(root, options.dockerfile ?? "Dockerfile");
  const dockerfileRel = toPosix(path.relative(root, dockerfileAbs));
  if (dockerfileRel.startsWith("../") || dockerfileRel === ".." || path.isAbsolute(dockerfileRel)) {
    throw new UserError(
      `Dockerfile ${dockerfileAbs} is outside the build context ${root}: move it into the project folder ` +
        "or point the dockerfile setting at a file inside it",
    );
  }
  const contextInfo = await lstat(root).catch(() => undefined);
  if (!contextInfo?.isDirectory()) {
    throw new UserError(`build context ${given} is not a directory: check the project path`);
  }
  const context: Boundary = { root, name: "the build context" };
  const dockerfileTarget = await checkDockerfile(context, dockerfileAbs, root);
  const ignoreBoundary: Boundary = options.boundary === undefined ? context : { root: path.resolve(options.boundary), name: "the repository" };

  const ignore = await readIgnoreFile(root, dockerfileRel, ignoreBoundary);
  let selector: ContextSelector;
  try {
    selector = contextSelector(ignore ? readDockerignore(ignore.text) : [], dockerfileRel, options.exclude ?? []);
  } catch (thrown) {
    if (thrown instanceof IgnorePatternError && ignore) {
      throw new UserError(`${path.join(root, ignore.file)}: ${thrown.message}; Docker would refuse it too, so fix or remove that line`);
    }
    throw thrown;
  }
  if (dockerfileTarget !== dockerfileRel && !selector.includes(dockerfileTarget)) {
    throw new UserError(
      `the Dockerfile ${dockerfileRel} is a symlink to ${dockerfileTarget}, which ${ignore?.file ?? "the exclude list"} leaves out of the ` +
        `build context: Docker could not read it. Add "!${dockerfileTarget}" to ${ignore?.file ?? ".dockerignore"}, or make the Dockerfile a file`,
    );
  }

  const found: { rel: string; abs: string; type: ContextEntry["type"] }[] = [];
  let excludedCount = 0;
  const walk = async (dirAbs: string, dirRel: string): Promise<void> => {
    const children = await readdir(dirAbs, { withFileTypes: true });
    for (const child of children) {
      const rel = dirRel === "" ? child.name : `${dirRel}/${child.name}`;
      const abs = path.join(dirAbs, child.name);
      const included = selector.includes(rel);
      if (child.isDirectory()) {
        if (included) found.push({ rel, abs, type: "dir" });
        else excludedCount++;
        if (included || selector.mustDescend(rel)) await walk(abs, rel);
        continue;
      }
      if (!included) {
        excludedCount++;
        continue;
      }
      if (child.isSymbolicLink()) found.push({ rel, abs, type: "symlink" });
      else if (child.isFile()) found.push({ rel, abs, type: "file" });
      // Sockets, FIFOs and devices cannot be image content; Docker's own context skips sockets too.
    }
  };
  await walk(root, "");

  const entries: ContextEntry[] = [];
  await runBounded(found, 16, async (item) => {
    entries.push(await describeEntry(item));
  });
  entries.sort((a, b) => compareContextPaths(a.path, b.path));
  return { root, dockerfile: dockerfileRel, ignoreFile: ignore?.file, entries, excludedCount };
}

// A fixed timestamp makes equal contexts give equal layers on every machine; not 1970, because
// zip-based tools inside images (wheels, jars) refuse timestamps before 1980.
const FIXED_MTIME = Date.UTC(2000, 0, 1) / 1000;

/** Thrown when a file changed between hashing and sending: the build would not match its tag. */
export class ContextChangedError extends UserError {
  constructor(file: string) {
    super(`${file} changed while the image was being built: its content tag no longer describes it; run the deploy again`);
  }
}

async function* tarChunks(context: ScannedContext): AsyncGenerator<Buffer> {
  for (const entry of context.entries) {
    const mode = entry.type === "symlink" ? 0o777 : entry.executable ? 0o755 : 0o644;
    const size = entry.type === "file" ? (entry.size ?? 0) : 0;
    const header = { path: entry.path, type: entry.type, mode, size, mtime: FIXED_MTIME, linkTarget: entry.linkTarget };
    for (const block of headerBlocks(header)) yield block;
    if (entry.type !== "file") continue;
    const abs = path.join(context.root, ...entry.path.split("/"));
    const hash = createHash("sha256");
    let sent = 0;
    const handle = await openNoFollow(abs).catch((thrown: unknown) => {
      throw isErrno(thrown, "ELOOP") || isErrno(thrown, "ENOENT") ? new ContextChangedError(abs) : thrown;
    });
    try {
      for await (const chunk of handle.createReadStream({ autoClose: false })) {
        const buffer = chunk as Buffer;
        sent += buffer.length;
        if (sent > size) throw new ContextChangedError(abs);
        hash.update(buffer);
        yield buffer;
      }
    } finally {
      await handle.close();
    }
    if (sent !== size || hash.digest("hex") !== entry.sha256) throw new ContextChangedError(abs);
    yield padding(size);
  }
  yield endOfArchive();
}

/**
 * The context as a tar stream for `docker build -`: exactly the scanned entries, so what Docker
 * builds is what the content tag hashes. Each file is re-hashed on the way out.
 */
export function contextTar(context: ScannedContext): Readable {
  return Readable.from(tarChunks(context), { objectMode: false });
}
