import { readFile, realpath, stat } from "node:fs/promises";
import { resolve, sep } from "node:path";
import { messageOf, UserError, type Problem } from "./errors.js";
import type { Profile } from "./profile.js";
import { discoverProjects, SPEC_FILE, type Project } from "./project.js";
import { renderDag, type ProjectImage, type RenderedDag } from "./render/render.js";
import { repositoryGraph, unproducedAssetWarnings, type RepoDag, type RepoGraph } from "./render/repo-graph.js";
import { attachDoc, compileSpec, type DagAssets, type DocRead, type NormalisedDag } from "./dagfile/index.js";
import { dagAssets } from "./dagfile/asset-uses.js";
import { loadSpecText } from "./dagfile/load.js";
import { snakeCase } from "./dagfile/normalise.js";

/** A project after load + validate + normalise: its DAG model, or the problems that stop it. */
export interface CompiledProject {
  project: Project;
  dag?: NormalisedDag;
  problems: Problem[];
  /** The assets its dag.yaml waits for and updates; absent when the YAML could not be read. */
  assets?: DagAssets;
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
      return {
        ok: false,
        reason: "leads outside the project folder through a symlink: dagship reads only the project's own files. Put the file itself in the project.",
      };
    }
    if (!(await stat(target)).isFile()) return { ok: false, reason: "is not a file: name a Markdown file, e.g. README.md." };
    bytes = await readFile(target);
  } catch (thrown) {
    const code = (thrown as NodeJS.ErrnoException).code;
    return {
      ok: false,
      reason:
        code === "ENOENT"
          ? "does not exist in the project folder: add the file, or fix the path (it is relative to dag.yaml)."
          : `cannot be read (${code ?? messageOf(thrown)}).`,
    };
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
export async function compileProjects(
  projects: readonly Project[],
  profile: Profile,
  options: { knownProjects?: readonly string[] | null } = {},
): Promise<CompiledProject[]> {
  const knownProjects = options.knownProjects === undefined ? projects.map((project) => project.name) : options.knownProjects;
  return Promise.all(
    projects.map(async (project) => {
      const text = await readFile(project.specFile, "utf8");
      const context = knownProjects === null ? { profile } : { profile, knownProjects };
      const compiled = compileSpec(project.specPath, text, project.name, context);
      const docFile = compiled.ok ? compiled.dag.docFile : undefined;
      const result = docFile === undefined ? compiled : attachDoc(compiled, project.specPath, text, await readProjectDoc(project.dir, docFile));
      const assets = compiled.assets ? { assets: compiled.assets } : {};
      return result.ok ? { project, dag: result.dag, problems: result.problems, ...assets } : { project, problems: result.problems, ...assets };
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
export function renderProject(dag: NormalisedDag, profile: Profile, images: Readonly<Record<string, ProjectImage>>): RenderedDag {
  return renderDag({ dag, profile, images });
}

/** The DAGs of compiled projects as the repository graph takes them: every project whose YAML could be read. */
export function repositoryDags(compiled: readonly CompiledProject[]): RepoDag[] {
  return compiled.flatMap((entry) =>
    entry.assets
      ? [
          {
            project: entry.project.name,
            specPath: entry.project.specPath,
            dagId: entry.dag?.dagId ?? entry.assets.dagId ?? snakeCase(entry.project.name),
            assets: entry.assets,
          },
        ]
      : [],
  );
}

/**
 * `compiled` with a warning at each schedule entry waiting for an asset that no project updates;
 * `rest` are the repository's other projects, which may be the producers.
 */
export function withAssetWarnings(compiled: readonly CompiledProject[], rest: readonly CompiledProject[] = []): CompiledProject[] {
  const warnings = unproducedAssetWarnings(repositoryDags([...compiled, ...rest]));
  return compiled.map((entry) => {
    const own = warnings.filter((warning) => warning.file === entry.project.specPath);
    if (own.length === 0) return entry;
    return { ...entry, problems: [...entry.problems, ...own].sort((a, b) => a.line - b.line || a.column - b.column) };
  });
}

/**
 * What the repository's other projects say about assets, for the producer check of `validate
 * PATH`: their dag.yaml read and parsed only, not validated (their own problems are not this
 * run's to report, and validating every project to learn its outlets was most of the work).
 */
export async function assetUsesOf(projects: readonly Project[]): Promise<CompiledProject[]> {
  return Promise.all(
    projects.map(async (project): Promise<CompiledProject> => {
      const loaded = loadSpecText(project.specPath, await readFile(project.specFile, "utf8"));
      return loaded.value === undefined ? { project, problems: [] } : { project, problems: [], assets: dagAssets(loaded.source, loaded.value) };
    }),
  );
}

/** Every DAG below `root` and the assets linking them; a dag.yaml with errors (or a dag_id clash) stops it. */
export async function compileRepositoryGraph(root: string, profile: Profile): Promise<RepoGraph> {
  const projects = await discoverProjects(root);
  if (projects.length === 0) throw new UserError(`no ${SPEC_FILE} found below ${root}`);
  const compiled = await compileProjects(projects, profile);
  const errors = [...compiled.flatMap((entry) => entry.problems), ...dagIdClashes(compiled)].filter((problem) => problem.severity === "error");
  if (errors.length > 0) {
    const files = new Set(errors.map((problem) => problem.file)).size;
    throw new UserError(`${files} dag.yaml file(s) have errors; fix them to draw the repository graph`, errors);
  }
  return repositoryGraph(repositoryDags(compiled));
}
