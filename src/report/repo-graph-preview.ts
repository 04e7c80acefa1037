/**
 * The repository's asset graph in the PR preview: drawn only when the change touches a DAG's
 * asset schedule or outlets (a new or removed DAG with assets included), to keep the comment
 * small. Deciding is pure; reading the head and base dag.yaml files is one function at the end.
 */
import { readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { dagAssets, type DagAssets } from "../dagfile/asset-uses.js";
import { loadSpecText } from "../dagfile/load.js";
import { snakeCase } from "../dagfile/normalise.js";
import { isCommitId, runGit } from "../git.js";
import type { Project } from "../project.js";
import { SPEC_FILE } from "../project.js";
import { graphSize, repoGraphMermaid, repositoryGraph, type RepoDag } from "../render/repo-graph.js";
import type { RepositoryGraphPreview } from "./comment.js";

// GitHub draws Mermaid only up to a size (500 edges, 50,000 characters of source by default).
const MAX_GRAPH_NODES = 150;
const MAX_GRAPH_EDGES = 400;

/** What of a dag.yaml the graph depends on, in a form two versions can be compared by. */
function assetSignature(assets: DagAssets | undefined): string {
  if (!assets) return "";
  const schedule = assets.schedule ? `${assets.schedule.mode}:${[...new Set(assets.schedule.assets.map((reference) => reference.uri))].sort().join("\n")}` : "";
  const outlets = [...new Set(assets.outlets.flatMap((outlet) => outlet.assets.map((reference) => `${outlet.task}\0${reference.uri}`)))].sort().join("\n");
  return schedule === "" && outlets === "" ? "" : `${schedule}\u0001${outlets}`;
}

/**
 * DAG ids whose asset schedule or outlets differ between two versions of the same dag.yaml
 * files (matched by path; a file on one side only counts when it has assets). In head order,
 * then the removed ones.
 */
export function changedAssetDags(before: readonly RepoDag[], after: readonly RepoDag[]): string[] {
  const old = new Map(before.map((dag) => [dag.specPath, dag]));
  const changed: string[] = [];
  for (const dag of after) {
    if (assetSignature(dag.assets) !== assetSignature(old.get(dag.specPath)?.assets)) changed.push(dag.dagId);
  }
  const current = new Set(after.map((dag) => dag.specPath));
  for (const dag of before) if (!current.has(dag.specPath) && assetSignature(dag.assets) !== "") changed.push(dag.dagId);
  return [...new Set(changed)];
}

/** The preview's part for the repository graph, or undefined when no DAG's assets changed. */
export function repositoryGraphPreview(head: readonly RepoDag[], changed: readonly string[]): RepositoryGraphPreview | undefined {
  if (changed.length === 0) return undefined;
  const graph = repositoryGraph(head);
  const size = graphSize(graph, { connectedOnly: true });
  if (size.nodes > MAX_GRAPH_NODES || size.edges > MAX_GRAPH_EDGES) {
    return {
      changed: [...changed],
      graph: "",
      note: `The repository graph (${size.nodes} DAGs and assets, ${size.edges} edges) is too large to draw here; \`dagship graph --repo\` prints it.`,
    };
  }
  return { changed: [...changed], graph: repoGraphMermaid(graph, { connectedOnly: true }) };
}

/**
 * A dag.yaml's text as the repository graph reads it (any text: a broken file has no assets).
 * `project` defaults to the folder name in `specPath`.
 */
export function repoDagOf(specPath: string, text: string, project = basename(dirname(`/${specPath}`))): RepoDag {
  const loaded = loadSpecText(specPath, text);
  const assets = dagAssets(loaded.source, loaded.value);
  return { project, specPath, dagId: assets.dagId ?? snakeCase(project), assets };
}

/** What the action knows that the repository graph of the preview needs. */
export interface RepositoryGraphInput {
  /** The work folder (where the projects are found). */
  workDir: string;
  /** Every project below it, as discovered for this run (spec paths relative to workDir). */
  projects: readonly Project[];
  /** Paths changed by the pull request or push, relative to workDir; undefined when nothing was compared. */
  changedFiles: readonly string[] | undefined;
  /** The commit compared with (the pull request's base); undefined when there is none. */
  base: string | undefined;
}

/**
 * Read what the preview's repository graph needs and decide whether to show it: the head's
 * dag.yaml files from the work folder, and the base version (at the merge base, the side the
 * changed paths were computed against) of each changed dag.yaml through git. Undefined when
 * nothing was compared or no DAG's assets changed.
 */
export async function previewRepositoryGraph(input: RepositoryGraphInput): Promise<RepositoryGraphPreview | undefined> {
  const { workDir, projects, changedFiles, base } = input;
  if (changedFiles === undefined || base === undefined || !isCommitId(base)) return undefined;
  const changedSpecs = changedFiles.filter((file) => basename(file) === SPEC_FILE);
  if (changedSpecs.length === 0) return undefined;
  const readHead = (specPath: string) => readFile(join(workDir, specPath), "utf8").catch(() => undefined);
  const head = await Promise.all(projects.map(async (project) => repoDagOf(project.specPath, (await readHead(project.specPath)) ?? "", project.name)));
  const mergeBase = await runGit(workDir, ["merge-base", base, "HEAD"]);
  const from = mergeBase.code === 0 ? mergeBase.stdout.trim() : base;
  const versions = async (read: (path: string) => Promise<string | undefined>) =>
    (await Promise.all(changedSpecs.map(async (path) => ({ path, text: await read(path) })))).flatMap(({ path, text }) =>
      text === undefined ? [] : [repoDagOf(path, text)],
    );
  const before = await versions(async (path) => {
    const shown = await runGit(workDir, ["show", `${from}:./${path}`]);
    return shown.code === 0 ? shown.stdout : undefined;
  });
  const after = await versions(readHead);
  return repositoryGraphPreview(head, changedAssetDags(before, after));
}
