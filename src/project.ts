import { lstat, readdir, readFile, readlink, stat } from "node:fs/promises";
import { basename, join, relative, resolve } from "node:path";
import { UserError } from "./errors.js";
import { isInside, locateInside, SymlinkRefusedError, type Boundary } from "./fs-safety.js";

/** A project of the monorepo: a folder with a dag.yaml (and, to build an image, a Dockerfile). */
export interface Project {
  /** Folder name; names the image and the default dag_id. */
  name: string;
  /** Absolute folder path, as found (it may be a symlink to a folder inside the repository). */
  dir: string;
  /** dag.yaml path relative to the repository root, with forward slashes (shown to users). */
  specPath: string;
  specFile: string;
  /** The repository: every file of the project must resolve inside it (see {@link readProjectFile}). */
  root: string;
}

export const SPEC_FILE = "dag.yaml";
const SKIPPED = new Set(["node_modules", ".git", "dist", "__pycache__", ".venv", "venv"]);
const MAX_DEPTH = 8;

function repository(root: string): Boundary {
  return { root, name: "the repository" };
}

/** `displayRoot`: what specPath is relative to; `root`: the repository, the boundary of its files. */
function projectAt(displayRoot: string, dir: string, root = displayRoot): Project {
  const specFile = join(dir, SPEC_FILE);
  return { name: basename(dir), dir, specFile, specPath: relative(displayRoot, specFile).split("\\").join("/") || SPEC_FILE, root };
}

/** A dag.yaml entry that is not a regular file (after following a link inside the repository). */
function notAFile(boundary: Boundary, file: string, kind: string): UserError {
  const shown = relative(boundary.root, file).split("\\").join("/");
  return new UserError(`${shown} is ${kind}, not a file: a project's ${SPEC_FILE} must be a regular file (or a symlink to one inside the repository)`);
}

interface WalkState {
  boundary: Boundary;
  displayRoot: string;
  found: Project[];
  /** Real paths of the folders on the current path, to tell a symlink loop from an alias. */
  ancestors: Set<string>;
}

/**
 * Where a symlink met by discovery leads: a folder to walk, or nothing (a file that cannot hide
 * a project). A link that dangles, loops or leads to a folder outside the repository is refused:
 * it could be a project folder, and skipping it would make the project look removed.
 */
async function followedFolder(state: WalkState, link: string): Promise<string | undefined> {
  let located;
  try {
    located = await locateInside(state.boundary, link);
  } catch (thrown) {
    // A link to a file outside the repository is no project: the build context sends it as a link.
    if (thrown instanceof SymlinkRefusedError && thrown.problem === "outside" && thrown.resolved !== undefined) {
      const target = await stat(thrown.resolved).catch(() => undefined);
      if (target !== undefined && !target.isDirectory()) return undefined;
    }
    throw thrown;
  }
  if (located.state !== "present" || located.kind !== "dir") return undefined;
  if (state.ancestors.has(located.real)) {
    throw new SymlinkRefusedError(link, link, await readlink(link), "loop", state.boundary);
  }
  return located.real;
}

async function walk(state: WalkState, dir: string, realDir: string, depth: number): Promise<void> {
  if (depth > MAX_DEPTH) return;
  const entries = await readdir(realDir, { withFileTypes: true });
  const spec = entries.find((entry) => entry.name === SPEC_FILE);
  if (spec !== undefined && !spec.isDirectory()) {
    const specFile = join(dir, SPEC_FILE);
    if (spec.isSymbolicLink()) {
      const located = await locateInside(state.boundary, specFile);
      if (located.state !== "present") throw notAFile(state.boundary, specFile, "missing");
      if (located.kind !== "file") throw notAFile(state.boundary, specFile, located.kind === "dir" ? "a symlink to a folder" : "a symlink to a special file");
    } else if (!spec.isFile()) {
      throw notAFile(state.boundary, specFile, "a special file (a socket, a pipe or a device)");
    }
    state.found.push(projectAt(state.displayRoot, dir, state.boundary.root));
  }
  for (const entry of entries) {
    if (SKIPPED.has(entry.name) || entry.name.startsWith(".")) continue;
    const childDir = join(dir, entry.name);
    let childReal: string | undefined;
    if (entry.isDirectory()) childReal = join(realDir, entry.name);
    else if (entry.isSymbolicLink() && entry.name !== SPEC_FILE) childReal = await followedFolder(state, childDir);
    if (childReal === undefined) continue;
    state.ancestors.add(childReal);
    try {
      await walk(state, childDir, childReal, depth + 1);
    } finally {
      state.ancestors.delete(childReal);
    }
  }
}

/**
 * Every project below `repoRoot`, sorted by path; paths are shown relative to `displayRoot`. Two
 * projects with one folder name would push to one image and are refused. Symlinks are followed
 * within the repository and refused otherwise: `repositoryRoot` when given (the checkout around
 * a working directory), else `displayRoot` when `repoRoot` lies inside it, else `repoRoot`.
 * @throws UserError for a root that is not a folder, a refused symlink, or a name clash.
 */
export async function discoverProjects(repoRoot: string, displayRoot = repoRoot, repositoryRoot?: string): Promise<Project[]> {
  const root = resolve(repoRoot);
  const display = resolve(displayRoot);
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) throw new UserError(`${repoRoot} is not a folder: pass the repository (or a folder of projects) that holds the ${SPEC_FILE} files`);
  const outer = repositoryRoot === undefined ? undefined : resolve(repositoryRoot);
  const boundary = repository(outer !== undefined && isInside(outer, root) ? outer : isInside(display, root) ? display : root);
  const located = await locateInside(boundary, root);
  const realRoot = located.state === "present" ? located.real : root;
  const state: WalkState = { boundary, displayRoot: display, found: [], ancestors: new Set([realRoot]) };
  await walk(state, root, realRoot, 0);
  const found = state.found;
  found.sort((a, b) => a.specPath.localeCompare(b.specPath));
  const byName = new Map<string, Project>();
  for (const project of found) {
    const other = byName.get(project.name);
    if (other) {
      throw new UserError(
        `two projects are named "${project.name}" (${other.specPath} and ${project.specPath}): the folder name names the image, so rename one`,
      );
    }
    byName.set(project.name, project);
  }
  return found;
}

/**
 * One project from a folder (or its dag.yaml path), for `render` and `graph`. The repository is
 * `repoRoot` when the folder lies inside it, else the folder's parent; a dag.yaml that is a
 * symlink must resolve inside it.
 */
export async function projectFromPath(path: string, repoRoot = process.cwd()): Promise<Project> {
  const absolute = resolve(path);
  const dir =
    basename(absolute) === SPEC_FILE &&
    !(await lstat(absolute).then(
      (entry) => entry.isDirectory(),
      () => false,
    ))
      ? resolve(absolute, "..")
      : absolute;
  const cwdRoot = resolve(repoRoot);
  const root = isInside(cwdRoot, dir) ? cwdRoot : resolve(dir, "..");
  const located = await locateInside(repository(root), join(dir, SPEC_FILE));
  if (located.state !== "present" || located.kind !== "file")
    throw new UserError(`${path} has no ${SPEC_FILE}: pass a project folder (one that holds a ${SPEC_FILE})`);
  return projectAt(root, dir);
}

/**
 * A file a project's dag.yaml names (a `doc:` Markdown file, say), relative to the project
 * folder, as UTF-8 text. It, and every symlink on its way, must stay inside the repository.
 * @throws UserError naming the file when it is missing, a folder, or outside the repository.
 */
export async function readProjectFile(project: Project, relativePath: string): Promise<string> {
  const file = resolve(project.dir, relativePath);
  const shown = relative(project.root, file).split("\\").join("/");
  if (!isInside(resolve(project.root), file)) {
    throw new UserError(`${relativePath} (named in ${project.specPath}) is outside the repository: name a file inside ${project.root}`);
  }
  const located = await locateInside(repository(project.root), file);
  if (located.state !== "present") throw new UserError(`${shown} (named in ${project.specPath}) does not exist`);
  if (located.kind !== "file") throw new UserError(`${shown} (named in ${project.specPath}) is not a file`);
  return readFile(located.real, "utf8");
}
