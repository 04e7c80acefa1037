/**
 * The repository as one graph: every DAG, the assets (Airflow 2: datasets) their tasks update
 * and their schedules wait for, and the edges producer DAG -> asset -> consumer DAG. Pure: the
 * CLI prints it (`dagship graph --repo`), validate warns from it, the PR preview draws it.
 */
import type { DagAssets } from "../dagfile/asset-uses.js";
import { describePath } from "../dagfile/source.js";
import { didYouMean } from "../dagfile/suggest.js";
import type { Problem } from "../errors.js";
import { mermaidLabel } from "./graph.js";

/** One DAG of the repository, as the graph needs it. */
export interface RepoDag {
  project: string;
  specPath: string;
  dagId: string;
  assets: DagAssets;
}

export interface RepoGraphDag {
  /** Mermaid node id (d0, d1, ...): never derived from user text. */
  node: string;
  dagId: string;
  project: string;
  specPath: string;
}

export interface RepoGraphAsset {
  /** Mermaid node id (a0, a1, ...). */
  node: string;
  /** Normalised URI: the asset's identity. */
  uri: string;
  /** DAGs with a task that updates it, and those tasks (dag.yaml keys). */
  producers: { dagId: string; tasks: string[] }[];
  /** DAGs whose schedule waits for it: with every other asset listed ("all"), or any of them. */
  consumers: { dagId: string; mode: "all" | "any" }[];
}

/** DAGs in the order given, assets in URI order: the same repository always draws the same. */
export interface RepoGraph {
  dags: RepoGraphDag[];
  assets: RepoGraphAsset[];
}

/** Build the repository graph; DAGs are nodes whether or not they touch an asset. */
export function repositoryGraph(dags: readonly RepoDag[]): RepoGraph {
  const byUri = new Map<string, Omit<RepoGraphAsset, "node">>();
  const asset = (uri: string) => {
    let entry = byUri.get(uri);
    if (!entry) {
      entry = { uri, producers: [], consumers: [] };
      byUri.set(uri, entry);
    }
    return entry;
  };
  for (const dag of dags) {
    for (const { task, assets } of dag.assets.outlets) {
      for (const reference of assets) {
        const { producers } = asset(reference.uri);
        const producer = producers.find((entry) => entry.dagId === dag.dagId);
        if (!producer) producers.push({ dagId: dag.dagId, tasks: [task] });
        else if (!producer.tasks.includes(task)) producer.tasks.push(task);
      }
    }
    const schedule = dag.assets.schedule;
    for (const reference of schedule?.assets ?? []) {
      const { consumers } = asset(reference.uri);
      if (schedule && !consumers.some((entry) => entry.dagId === dag.dagId)) consumers.push({ dagId: dag.dagId, mode: schedule.mode });
    }
  }
  const uris = [...byUri.keys()].sort();
  return {
    dags: dags.map((dag, index) => ({ node: `d${index}`, dagId: dag.dagId, project: dag.project, specPath: dag.specPath })),
    assets: uris.map((uri, index) => ({ node: `a${index}`, ...(byUri.get(uri) as Omit<RepoGraphAsset, "node">) })),
  };
}

/** Producer -> asset and asset -> consumer edges, by node id, in a stable order. */
function edges(graph: RepoGraph): { from: string; to: string; any: boolean }[] {
  const node = new Map(graph.dags.map((dag) => [dag.dagId, dag.node]));
  const out: { from: string; to: string; any: boolean }[] = [];
  for (const asset of graph.assets) {
    for (const producer of asset.producers) out.push({ from: node.get(producer.dagId) ?? "", to: asset.node, any: false });
    for (const consumer of asset.consumers) out.push({ from: asset.node, to: node.get(consumer.dagId) ?? "", any: consumer.mode === "any" });
  }
  return out;
}

/** Nodes and edges a drawing of `graph` has, to decide whether it is small enough to show. */
export function graphSize(graph: RepoGraph, options: { connectedOnly?: boolean } = {}): { nodes: number; edges: number } {
  const lines = edges(graph);
  const dags = options.connectedOnly ? connectedDags(graph).size : graph.dags.length;
  return { nodes: dags + graph.assets.length, edges: lines.length };
}

function connectedDags(graph: RepoGraph): Set<string> {
  return new Set(graph.assets.flatMap((asset) => [...asset.producers.map((entry) => entry.dagId), ...asset.consumers.map((entry) => entry.dagId)]));
}

/**
 * The graph as a Mermaid flowchart: DAGs as boxes, assets as cylinders (dashed when no DAG of
 * the repository updates them), a dotted edge where a schedule waits for any of its assets.
 * Ids are generated, labels are entity-escaped: no name can end a label or add a statement.
 * `connectedOnly` leaves out DAGs that touch no asset (the PR preview's smaller picture).
 */
export function repoGraphMermaid(graph: RepoGraph, options: { connectedOnly?: boolean } = {}): string {
  const connected = connectedDags(graph);
  const lines = ["flowchart LR"];
  for (const dag of graph.dags) if (!options.connectedOnly || connected.has(dag.dagId)) lines.push(`  ${dag.node}["${mermaidLabel(dag.dagId)}"]`);
  for (const asset of graph.assets) lines.push(`  ${asset.node}[("${mermaidLabel(asset.uri)}")]`);
  for (const edge of edges(graph)) lines.push(edge.any ? `  ${edge.from} -. any .-> ${edge.to}` : `  ${edge.from} --> ${edge.to}`);
  const external = graph.assets.filter((asset) => asset.producers.length === 0).map((asset) => asset.node);
  if (external.length > 0) lines.push("  classDef external stroke-dasharray: 5 5", `  class ${external.join(",")} external`);
  return `${lines.join("\n")}\n`;
}

/** The graph as data, for `dagship graph --repo --json`; edges name nodes as `dag:ID` and `asset:URI`. */
export function repoGraphJson(graph: RepoGraph): {
  dags: { dagId: string; project: string; specPath: string }[];
  assets: { uri: string; producedBy: { dagId: string; tasks: string[] }[]; consumedBy: { dagId: string; mode: "all" | "any" }[] }[];
  edges: { from: string; to: string; mode?: "any" }[];
} {
  const dagOf = new Map(graph.dags.map((dag) => [dag.node, dag.dagId]));
  const assetOf = new Map(graph.assets.map((asset) => [asset.node, asset.uri]));
  const name = (node: string) => (dagOf.has(node) ? `dag:${dagOf.get(node) ?? ""}` : `asset:${assetOf.get(node) ?? ""}`);
  return {
    dags: graph.dags.map(({ dagId, project, specPath }) => ({ dagId, project, specPath })),
    assets: graph.assets.map((asset) => ({ uri: asset.uri, producedBy: asset.producers, consumedBy: asset.consumers })),
    edges: edges(graph).map((edge) => ({ from: name(edge.from), to: name(edge.to), ...(edge.any ? { mode: "any" as const } : {}) })),
  };
}

/**
 * A warning at each schedule entry that waits for an asset no task of the repository updates:
 * the DAG would run only if something outside the repository updates it (which may be right).
 */
export function unproducedAssetWarnings(dags: readonly RepoDag[]): Problem[] {
  const produced = new Set(dags.flatMap((dag) => dag.assets.outlets.flatMap((outlet) => outlet.assets.map((reference) => reference.uri))));
  const candidates = [...produced].sort();
  const problems: Problem[] = [];
  for (const dag of dags) {
    for (const reference of dag.assets.schedule?.assets ?? []) {
      if (produced.has(reference.uri)) continue;
      problems.push({
        file: dag.specPath,
        line: reference.line,
        column: reference.column,
        severity: "warning",
        message: `${describePath(reference.path)}: no task of this repository has ${JSON.stringify(reference.uri)} in its outlets, so this DAG waits for an update from outside the repository (it may be produced there).${didYouMean(reference.uri, candidates)}`,
      });
    }
  }
  return problems;
}
