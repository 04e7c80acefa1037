import type { NormalisedDag } from "../dagfile/model.js";

/**
 * Text for a quoted Mermaid label: every character outside a plain set becomes an entity code
 * (`#34;`), so no name can end the quote, start markup or a Markdown string, or break the line.
 */
export function mermaidLabel(text: string): string {
  return text.replace(/[^A-Za-z0-9 _.,:/@+=?~-]/gu, (char) => `#${char.codePointAt(0) ?? 0};`);
}

/** The task graph as a Mermaid flowchart (the PR preview embeds it in a ```mermaid block). */
export function mermaidGraph(dag: NormalisedDag): string {
  const ids = new Map(dag.tasks.map((task, index) => [task.taskId, `t${index}`]));
  const lines = ["flowchart LR"];
  for (const task of dag.tasks) lines.push(`  ${ids.get(task.taskId)}["${mermaidLabel(task.taskId)}"]`);
  for (const edge of dag.edges) lines.push(`  ${ids.get(edge.upstream)} --> ${ids.get(edge.downstream)}`);
  return `${lines.join("\n")}\n`;
}

/** The graph as data, for --json output. */
export function graphJson(dag: NormalisedDag): { dagId: string; tasks: string[]; edges: [string, string][] } {
  return {
    dagId: dag.dagId,
    tasks: dag.tasks.map((task) => task.taskId),
    edges: dag.edges.map((edge) => [edge.upstream, edge.downstream]),
  };
}
