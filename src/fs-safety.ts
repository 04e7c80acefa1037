/**
 * Symlinks, wherever dagship reads or writes a path of the user's (the repository, a build
 * context, a local destination): a link is followed only when its real target stays inside the
 * boundary the path belongs to, and otherwise refused with an error naming the link, where it
 * points and what to do. Nothing is silently skipped: a dangling link or a loop is refused too.
 *
 * The checks resolve one path component at a time (lstat, then realpath of a link), so the error
 * names the exact link responsible, a parent folder's included. They are checks, not locks: a
 * file system someone rewrites while dagship runs can still race them, which is why file
 * contents are also opened with O_NOFOLLOW where that matters ({@link openNoFollow}).
 */
import { constants } from "node:fs";
import { lstat, mkdir, open, readlink, realpath, stat, type FileHandle } from "node:fs/promises";
import path from "node:path";
import type { Stats } from "node:fs";
import { UserError } from "./errors.js";

/** The folder a set of paths must stay in, and how messages name it. */
export interface Boundary {
  /** Absolute folder; may itself be (or lie below) a symlink, which is followed. */
  readonly root: string;
  /** "the repository", "the build context", "the destination". */
  readonly name: string;
}

/** Why a symlink is refused. */
export type SymlinkProblem = "outside" | "dangling" | "loop";

/** A symlink dagship will not follow; a UserError, so the CLI exits 1 and the action fails clearly. */
export class SymlinkRefusedError extends UserError {
  constructor(
    /** The path that was asked for, absolute. */
    readonly requested: string,
    /** The symlink responsible (the path itself or one of its parent folders), absolute. */
    readonly link: string,
    /** The link's text, verbatim. */
    readonly target: string,
    readonly problem: SymlinkProblem,
    boundary: Boundary,
    /** Where the target really is, for `outside`. */
    readonly resolved?: string,
  ) {
    super(symlinkMessage(requested, link, target, problem, boundary, resolved));
  }
}

/** A path where a folder must be, or is expected, that is a file (or a socket, a device...). */
export class NotAFolderError extends UserError {
  constructor(
    /** The folder asked for. */
    readonly folder: string,
    /** The existing non-folder in the way (the folder itself or one of its parents). */
    readonly blocker: string,
  ) {
    super(blocker === folder ? `${folder} is a file, not a folder` : `${folder} cannot be a folder: ${blocker} is a file`);
  }
}

function shown(boundary: Boundary, absolute: string): string {
  const relative = path.relative(boundary.root, absolute);
  return relative === "" || relative.startsWith("..") || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join("/");
}

function symlinkMessage(requested: string, link: string, target: string, problem: SymlinkProblem, boundary: Boundary, resolved?: string): string {
  const where = link === requested ? shown(boundary, link) : `${shown(boundary, requested)}: its folder ${shown(boundary, link)}`;
  const head = `${where} is a symlink to ${JSON.stringify(target)}`;
  switch (problem) {
    case "outside":
      return (
        `${head}, which resolves to ${resolved ?? "?"}, outside ${boundary.name} (${boundary.root}). dagship follows a ` +
        `symlink only when its target stays inside ${boundary.name}: replace the link by the file or folder itself, or point it inside`
      );
    case "dangling":
      return `${head}, which does not exist (a dangling link). dagship never skips it silently: restore its target or remove the link`;
    case "loop":
      return `${head}, which leads back to itself or to a folder that contains it (a symlink loop): remove the link or point it at a real file or folder`;
  }
}

/** Whether `candidate` is `root` or lies below it (both absolute, already resolved). Pure. */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === "" || (relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/** What a path turned out to be. */
export type Located =
  /** Nothing there (or a file where one of its parent folders would be). */
  | { readonly state: "missing" }
  /** There, at `real` (every symlink resolved, inside the boundary). */
  | { readonly state: "present"; readonly kind: "file" | "dir" | "other"; readonly real: string; readonly viaLink: boolean };

function kindOf(info: Stats): "file" | "dir" | "other" {
  return info.isFile() ? "file" : info.isDirectory() ? "dir" : "other";
}

/** The `code` of a Node.js system error (ENOENT, ELOOP, ...), if it is one. */
export function errnoOf(thrown: unknown): string | undefined {
  if (typeof thrown !== "object" || thrown === null || !("code" in thrown)) return undefined;
  const code = thrown.code;
  return typeof code === "string" ? code : undefined;
}

/** Whether `thrown` is the system error `code`. */
export function isErrno(thrown: unknown, code: string): boolean {
  return errnoOf(thrown) === code;
}

async function lstatOrUndefined(file: string): Promise<Stats | undefined> {
  try {
    return await lstat(file);
  } catch (thrown) {
    const code = errnoOf(thrown);
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw thrown;
  }
}

/**
 * The real path of the symlink at `link` (whose parent folder is already resolved); `shownAs` is
 * the same link as the user wrote the path, for messages. Throws SymlinkRefusedError when it
 * dangles, loops, or (with `realRoot`) leaves the boundary.
 */
async function followLink(link: string, shownAs: string, requested: string, boundary: Boundary, realRoot: string | undefined): Promise<string> {
  const target = await readlink(link);
  let real: string;
  try {
    real = await realpath(link);
  } catch (thrown) {
    const code = errnoOf(thrown);
    if (code === "ENOENT" || code === "ENOTDIR") throw new SymlinkRefusedError(requested, shownAs, target, "dangling", boundary);
    if (code === "ELOOP") throw new SymlinkRefusedError(requested, shownAs, target, "loop", boundary);
    throw thrown;
  }
  if (realRoot !== undefined && !isInside(realRoot, real)) throw new SymlinkRefusedError(requested, shownAs, target, "outside", boundary, real);
  return real;
}

/** The boundary's root, resolved; undefined when it does not exist. */
async function realRootOf(boundary: Boundary): Promise<string | undefined> {
  try {
    return await realpath(boundary.root);
  } catch (thrown) {
    const code = errnoOf(thrown);
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    if (code === "ELOOP") throw new SymlinkRefusedError(boundary.root, boundary.root, await readlink(boundary.root).catch(() => "?"), "loop", boundary);
    throw thrown;
  }
}

function componentsBelow(boundary: Boundary, target: string): string[] {
  const relative = path.relative(path.resolve(boundary.root), path.resolve(target));
  if (relative === "") return [];
  if (!isInside(path.resolve(boundary.root), path.resolve(target))) {
    throw new Error(`${target} is not below ${boundary.root}: callers pass paths inside the boundary`);
  }
  return relative.split(path.sep);
}

/**
 * Where `target` (a path below `boundary.root`, as written) really is, following every symlink on
 * the way as long as it stays inside the boundary.
 * @throws SymlinkRefusedError for a link that leaves the boundary, dangles or loops.
 */
export async function locateInside(boundary: Boundary, target: string): Promise<Located> {
  const components = componentsBelow(boundary, target);
  const realRoot = await realRootOf(boundary);
  if (realRoot === undefined) return { state: "missing" };
  // The common case in one call: the path exists and resolves inside. Anything else (missing, a
  // link that dangles, loops or leaves) takes the walk, which tells them apart and names the link.
  const real = await realpath(target).catch(() => undefined);
  if (real !== undefined && isInside(realRoot, real)) {
    return { state: "present", kind: kindOf(await stat(real)), real, viaLink: real !== path.join(realRoot, ...components) };
  }
  return walkInside(boundary, target, components, realRoot);
}

/** {@link locateInside} one component at a time. */
async function walkInside(boundary: Boundary, target: string, components: readonly string[], realRoot: string): Promise<Located> {
  let current = realRoot;
  let lexical = path.resolve(boundary.root);
  let viaLink = false;
  let info: Stats = await stat(realRoot);
  for (const name of components) {
    if (!info.isDirectory()) return { state: "missing" };
    lexical = path.join(lexical, name);
    const next = path.join(current, name);
    const entry = await lstatOrUndefined(next);
    if (entry === undefined) return { state: "missing" };
    if (entry.isSymbolicLink()) {
      current = await followLink(next, lexical, path.resolve(target), boundary, realRoot);
      viaLink = true;
      info = await stat(current);
    } else {
      current = next;
      info = entry;
    }
  }
  return { state: "present", kind: kindOf(info), real: current, viaLink };
}

/**
 * Makes sure `folder` exists as a folder, creating what is missing one level at a time (never
 * through a link that leaves the boundary), and returns its real path. Without a boundary (a
 * folder the user named on the command line), links are followed anywhere, but a dangling link
 * or a loop is still refused.
 * @throws NotAFolderError when a file is in the way; SymlinkRefusedError for a refused link.
 */
export async function ensureFolder(folder: string, boundary?: Boundary): Promise<string> {
  const absolute = path.resolve(folder);
  const scope: Boundary = boundary ?? { root: path.parse(absolute).root, name: "the file system" };
  let realRoot: string | undefined;
  if (boundary !== undefined) {
    realRoot = await realRootOf(boundary);
    if (realRoot === undefined) realRoot = await ensureFolder(boundary.root);
  }
  // The common case in one call: the folder exists, inside the boundary.
  const existing = await realpath(absolute).catch(() => undefined);
  if (existing !== undefined && (realRoot === undefined || isInside(realRoot, existing)) && (await stat(existing)).isDirectory()) return existing;
  let current = realRoot ?? scope.root;
  let lexical = path.resolve(scope.root);
  for (const name of componentsBelow(scope, absolute)) {
    lexical = path.join(lexical, name);
    const next = path.join(current, name);
    let entry = await lstatOrUndefined(next);
    if (entry === undefined) {
      try {
        await mkdir(next);
      } catch (thrown) {
        // Another process may have created it meanwhile; anything else is a real failure.
        if (errnoOf(thrown) !== "EEXIST") throw thrown;
      }
      entry = await lstat(next);
    }
    if (entry.isSymbolicLink()) {
      current = await followLink(next, lexical, absolute, scope, realRoot);
      if (!(await stat(current)).isDirectory()) throw new NotAFolderError(absolute, lexical);
    } else if (entry.isDirectory()) {
      current = next;
    } else {
      throw new NotAFolderError(absolute, lexical);
    }
  }
  return current;
}

/**
 * A folder the user named for output (`--out`, `--dir`), created if missing; links in it are the
 * user's own choice and followed.
 * @throws UserError naming the flag when a file is in the way (the folder itself or a parent).
 */
export async function outputFolder(folder: string, flag: string): Promise<string> {
  try {
    return await ensureFolder(folder);
  } catch (thrown) {
    if (!(thrown instanceof NotAFolderError)) throw thrown;
    const what = thrown.blocker === thrown.folder ? `${thrown.folder} is a file` : `${thrown.blocker} is a file, so ${thrown.folder} cannot be a folder`;
    throw new UserError(`${flag} names a folder to write into, but ${what}: pass a folder, or a path that does not exist yet`);
  }
}

/**
 * Opens a file for reading, refusing to follow a symlink at its last component (O_NOFOLLOW,
 * where the platform has it): a file that became a link after it was checked fails with ELOOP
 * instead of being read from wherever the link points.
 */
export function openNoFollow(file: string): Promise<FileHandle> {
  const noFollow = typeof constants.O_NOFOLLOW === "number" ? constants.O_NOFOLLOW : 0;
  return open(file, constants.O_RDONLY | noFollow);
}
