import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  UserError
} from "./chunk-K7TMSU63.js";

// src/fs-safety.ts
import { constants } from "node:fs";
import { lstat, mkdir, open, readlink, realpath, stat } from "node:fs/promises";
import path from "node:path";
var SymlinkRefusedError = class extends UserError {
  constructor(requested, link, target, problem, boundary, resolved) {
    super(symlinkMessage(requested, link, target, problem, boundary, resolved));
    this.requested = requested;
    this.link = link;
    this.target = target;
    this.problem = problem;
    this.resolved = resolved;
  }
  requested;
  link;
  target;
  problem;
  resolved;
};
var NotAFolderError = class extends UserError {
  constructor(folder, blocker) {
    super(blocker === folder ? `${folder} is a file, not a folder` : `${folder} cannot be a folder: ${blocker} is a file`);
    this.folder = folder;
    this.blocker = blocker;
  }
  folder;
  blocker;
};
function shown(boundary, absolute) {
  const relative = path.relative(boundary.root, absolute);
  return relative === "" || relative.startsWith("..") || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join("/");
}
function symlinkMessage(requested, link, target, problem, boundary, resolved) {
  const where = link === requested ? shown(boundary, link) : `${shown(boundary, requested)}: its folder ${shown(boundary, link)}`;
  const head = `${where} is a symlink to ${JSON.stringify(target)}`;
  switch (problem) {
    case "outside":
      return `${head}, which resolves to ${resolved ?? "?"}, outside ${boundary.name} (${boundary.root}). dagship follows a symlink only when its target stays inside ${boundary.name}: replace the link by the file or folder itself, or point it inside`;
    case "dangling":
      return `${head}, which does not exist (a dangling link). dagship never skips it silently: restore its target or remove the link`;
    case "loop":
      return `${head}, which leads back to itself or to a folder that contains it (a symlink loop): remove the link or point it at a real file or folder`;
  }
}
function isInside(root, candidate) {
  const relative = path.relative(root, candidate);
  return relative === "" || relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
function kindOf(info) {
  return info.isFile() ? "file" : info.isDirectory() ? "dir" : "other";
}
function errnoOf(thrown) {
  if (typeof thrown !== "object" || thrown === null || !("code" in thrown)) return void 0;
  const code = thrown.code;
  return typeof code === "string" ? code : void 0;
}
function isErrno(thrown, code) {
  return errnoOf(thrown) === code;
}
async function lstatOrUndefined(file) {
  try {
    return await lstat(file);
  } catch (thrown) {
    const code = errnoOf(thrown);
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    throw thrown;
  }
}
async function followLink(link, shownAs, requested, boundary, realRoot) {
  const target = await readlink(link);
  let real;
  try {
    real = await realpath(link);
  } catch (thrown) {
    const code = errnoOf(thrown);
    if (code === "ENOENT" || code === "ENOTDIR") throw new SymlinkRefusedError(requested, shownAs, target, "dangling", boundary);
    if (code === "ELOOP") throw new SymlinkRefusedError(requested, shownAs, target, "loop", boundary);
    throw thrown;
  }
  if (realRoot !== void 0 && !isInside(realRoot, real)) throw new SymlinkRefusedError(requested, shownAs, target, "outside", boundary, real);
  return real;
}
async function realRootOf(boundary) {
  try {
    return await realpath(boundary.root);
  } catch (thrown) {
    const code = errnoOf(thrown);
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    if (code === "ELOOP") throw new SymlinkRefusedError(boundary.root, boundary.root, await readlink(boundary.root).catch(() => "?"), "loop", boundary);
    throw thrown;
  }
}
function componentsBelow(boundary, target) {
  const relative = path.relative(path.resolve(boundary.root), path.resolve(target));
  if (relative === "") return [];
  if (!isInside(path.resolve(boundary.root), path.resolve(target))) {
    throw new Error(`${target} is not below ${boundary.root}: callers pass paths inside the boundary`);
  }
  return relative.split(path.sep);
}
async function locateInside(boundary, target) {
  const components = componentsBelow(boundary, target);
  const realRoot = await realRootOf(boundary);
  if (realRoot === void 0) return { state: "missing" };
  const real = await realpath(target).catch(() => void 0);
  if (real !== void 0 && isInside(realRoot, real)) {
    return { state: "present", kind: kindOf(await stat(real)), real, viaLink: real !== path.join(realRoot, ...components) };
  }
  return walkInside(boundary, target, components, realRoot);
}
async function walkInside(boundary, target, components, realRoot) {
  let current = realRoot;
  let lexical = path.resolve(boundary.root);
  let viaLink = false;
  let info = await stat(realRoot);
  for (const name of components) {
    if (!info.isDirectory()) return { state: "missing" };
    lexical = path.join(lexical, name);
    const next = path.join(current, name);
    const entry = await lstatOrUndefined(next);
    if (entry === void 0) return { state: "missing" };
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
async function ensureFolder(folder, boundary) {
  const absolute = path.resolve(folder);
  const scope = boundary ?? { root: path.parse(absolute).root, name: "the file system" };
  let realRoot;
  if (boundary !== void 0) {
    realRoot = await realRootOf(boundary);
    if (realRoot === void 0) realRoot = await ensureFolder(boundary.root);
  }
  const existing = await realpath(absolute).catch(() => void 0);
  if (existing !== void 0 && (realRoot === void 0 || isInside(realRoot, existing)) && (await stat(existing)).isDirectory()) return existing;
  let current = realRoot ?? scope.root;
  let lexical = path.resolve(scope.root);
  for (const name of componentsBelow(scope, absolute)) {
    lexical = path.join(lexical, name);
    const next = path.join(current, name);
    let entry = await lstatOrUndefined(next);
    if (entry === void 0) {
      try {
        await mkdir(next);
      } catch (thrown) {
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
async function outputFolder(folder, flag) {
  try {
    return await ensureFolder(folder);
  } catch (thrown) {
    if (!(thrown instanceof NotAFolderError)) throw thrown;
    const what = thrown.blocker === thrown.folder ? `${thrown.folder} is a file` : `${thrown.blocker} is a file, so ${thrown.folder} cannot be a folder`;
    throw new UserError(`${flag} names a folder to write into, but ${what}: pass a folder, or a path that does not exist yet`);
  }
}
function openNoFollow(file) {
  const noFollow = typeof constants.O_NOFOLLOW === "number" ? constants.O_NOFOLLOW : 0;
  return open(file, constants.O_RDONLY | noFollow);
}

export {
  SymlinkRefusedError,
  NotAFolderError,
  isInside,
  errnoOf,
  isErrno,
  locateInside,
  ensureFolder,
  outputFolder,
  openNoFollow
};
//# sourceMappingURL=chunk-JVA4ALWN.js.map
