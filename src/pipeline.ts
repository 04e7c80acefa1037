import { readFile, realpath, stat } from "node:fs/promises";
import { resolve, sep } from "node:path";
import { messageOf, type Problem } from "./errors.js";
import type { Profile } from "./profile.js";
import type { Project } from "./project.js";
import { renderDag, type ProjectImage, type RenderedDag } from "./render/render.js";
import { attachDoc, compileSpec, type DocRead, type NormalisedDag } from "./dagfile/index.js";

/** A project after load + validate + normalise: its DAG model, or the problems that stop it. */
export interface CompiledProject {
  project: Project;
  dag?: NormalisedDag;
  problems: Problem[];
}

/**
 * Read a project's `doc:` file. Symlinks are followed only as far as the project folder: a target
 * outside it (elsewhere in the repository or beyond) is refused, never read.
 */
export async function readProjectDoc(projectDir: string, docFile: string): Promise<DocRead> {
  let bytes: Buffer;
  try {
    const root = await realpath(projectDir);
    const target = await realpath(resolve(projectDir, docFile));
    if (!target.startsWith(`${root}${sep}`)) {
      return { ok: false, reason: "leads outside the project folder through a symlink: dagship reads only the project's own files. Put the file itself in the project." };
    }
    if (!(await stat(target)).isFile()) return { ok: false, reason: "is not a file: name a Markdown file, e.g. README.md." };
    bytes = await readFile(target);
  } catch (thrown) {
    const code = (thrown as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === "ENOENT" ? "does not exist in the project folder: add the file, or fix the path (it is relative to dag.yaml)." : `cannot be read (${code ?? messageOf(thrown)}).` };
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: "is not UTF-8 text: save it as UTF-8." };
  }
}

/**
 * Read and compile every project's dag.yaml (and the Markdown its `doc:` names); never throws on bad input. `image: NAME` is checked
 * against `knownProjects` (default: the given projects); `null` skips that check (a lone folder
 * with no repository around it).
 */
export async function compileProjects(projects: readonly Project[], profile: Profile, options: { knownProjects?: readonly string[] | null } = {}): Promise<CompiledProject[]> {
  const knownProjects = options.knownProjects === undefined ? projects.map((project) => project.name) : options.knownProjects;
  return Promise.all(
    projects.map(async (project) => {
      const text = await readFile(project.specFile, "utf8");
      const context = knownProjects === null ? { profile } : { profile, knownProjects };
      const compiled = compileSpec(project.specPath, text, project.name, context);
      const docFile = compiled.ok ? compiled.dag.docFile : undefined;
      const result = docFile === undefined ? compiled : attachDoc(compiled, project.specPath, text, await readProjectDoc(project.dir, docFile));
      return result.ok ? { project, dag: result.dag, problems: result.problems } : { project, problems: result.problems };
    }),
  );
}

/**
 * Airflow keeps one of two DAGs that share a dag_id and silently drops the other,
 * so a clash anywhere in the repository stops everything before any upload.
 */
export function dagIdClashes(compiled: readonly CompiledProject[]): Problem[] {
  const seen = new Map<string, CompiledProject>();
  const problems: Problem[] = [];
  for (const entry of compiled) {
    if (!entry.dag) continue;
    const other = seen.get(entry.dag.dagId);
    if (other) {
      problems.push({
        file: entry.project.specPath,
        line: 1,
        column: 1,
        message: `dag_id "${entry.dag.dagId}" is also used by ${other.project.specPath}: Airflow would silently drop one of them. Give each DAG its own dag_id.`,
        severity: "error",
      });
    } else {
      seen.set(entry.dag.dagId, entry);
    }
  }
  return problems;
}

/** Render one compiled DAG with the images resolved so far. */
export function renderProject(dag: NormalisedDag, profile: Profile, images: Readonly<Record<string, ProjectImage>>, commit?: string): RenderedDag {
  return renderDag(commit === undefined ? { dag, profile, images } : { dag, profile, images, commit });
}
