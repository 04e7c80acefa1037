import { readdir, stat } from "node:fs/promises";
import { basename, join, relative, resolve } from "node:path";
import { UserError } from "./errors.js";

/** A project of the monorepo: a folder with a dag.yaml (and, to build an image, a Dockerfile). */
export interface Project {
  /** Folder name; names the image and the default dag_id. */
  name: string;
  /** Absolute folder path. */
  dir: string;
  /** dag.yaml path relative to the repository root, with forward slashes (shown to users). */
  specPath: string;
  specFile: string;
}

export const SPEC_FILE = "dag.yaml";
const SKIPPED = new Set(["node_modules", ".git", "dist", "__pycache__", ".venv", "venv"]);

function projectAt(repoRoot: string, dir: string): Project {
  const specFile = join(dir, SPEC_FILE);
  return { name: basename(dir), dir, specFile, specPath: relative(repoRoot, specFile).split("\\").join("/") || SPEC_FILE };
}

async function walk(repoRoot: string, dir: string, found: Project[], depth: number): Promise<void> {
  if (depth > 8) return;
  const entries = await readdir(dir, { withFileTypes: true });
  if (entries.some((entry) => entry.isFile() && entry.name === SPEC_FILE)) found.push(projectAt(repoRoot, dir));
  for (const entry of entries) {
    if (entry.isDirectory() && !SKIPPED.has(entry.name) && !entry.name.startsWith(".")) {
      await walk(repoRoot, join(dir, entry.name), found, depth + 1);
    }
  }
}

/**
 * Every project below `repoRoot`, sorted by path; paths are shown relative to `displayRoot`. Two projects with one folder name would
 * push to one image and are refused.
 */
export async function discoverProjects(repoRoot: string, displayRoot = repoRoot): Promise<Project[]> {
  const root = resolve(repoRoot);
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) throw new UserError(`${repoRoot} is not a folder: pass the repository root with --repo`);
  const found: Project[] = [];
  await walk(resolve(displayRoot), root, found, 0);
  found.sort((a, b) => a.specPath.localeCompare(b.specPath));
  const byName = new Map<string, Project>();
  for (const project of found) {
    const other = byName.get(project.name);
    if (other) {
      throw new UserError(`two projects are named "${project.name}" (${other.specPath} and ${project.specPath}): the folder name names the image, so rename one`);
    }
    byName.set(project.name, project);
  }
  return found;
}

/** One project from a folder (or its dag.yaml path), for `render` and `graph`. */
export async function projectFromPath(path: string, repoRoot = process.cwd()): Promise<Project> {
  const absolute = resolve(path);
  const dir = basename(absolute) === SPEC_FILE ? resolve(absolute, "..") : absolute;
  const info = await stat(join(dir, SPEC_FILE)).catch(() => undefined);
  if (!info?.isFile()) throw new UserError(`${path} has no ${SPEC_FILE}: pass a project folder (one that holds a ${SPEC_FILE})`);
  const root = resolve(repoRoot);
  return projectAt(dir.startsWith(root) ? root : resolve(dir, ".."), dir);
}
