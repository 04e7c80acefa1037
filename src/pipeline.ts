import { readFile } from "node:fs/promises";
import type { Problem } from "./errors.js";
import type { Profile } from "./profile.js";
import type { Project } from "./project.js";
import { renderDag, type ProjectImage, type RenderedDag } from "./render/render.js";
import { compileSpec, type NormalisedDag } from "./dagfile/index.js";

/** A project after load + validate + normalise: its DAG model, or the problems that stop it. */
export interface CompiledProject {
  project: Project;
  dag?: NormalisedDag;
  problems: Problem[];
}

/**
 * Read and compile every project's dag.yaml; never throws on bad input. `image: NAME` is checked
 * against `knownProjects` (default: the given projects); `null` skips that check (a lone folder
 * with no repository around it).
 */
export async function compileProjects(projects: readonly Project[], profile: Profile, options: { knownProjects?: readonly string[] | null } = {}): Promise<CompiledProject[]> {
  const knownProjects = options.knownProjects === undefined ? projects.map((project) => project.name) : options.knownProjects;
  return Promise.all(
    projects.map(async (project) => {
      const text = await readFile(project.specFile, "utf8");
      const context = knownProjects === null ? { profile } : { profile, knownProjects };
      const result = compileSpec(project.specPath, text, project.name, context);
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
export function renderProject(dag: NormalisedDag, profile: Profile, images: Readonly<Record<string, ProjectImage>>): RenderedDag {
  return renderDag({ dag, profile, images });
}
