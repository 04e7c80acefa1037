import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));

// src/render/graph.ts
function mermaidLabel(text) {
  return text.replace(/[#"<>&]/g, (char) => `#${char.charCodeAt(0)};`);
}
function mermaidGraph(dag) {
  const ids = new Map(dag.tasks.map((task, index) => [task.taskId, `t${index}`]));
  const lines = ["flowchart LR"];
  for (const task of dag.tasks) lines.push(`  ${ids.get(task.taskId)}["${mermaidLabel(task.taskId)}"]`);
  for (const edge of dag.edges) lines.push(`  ${ids.get(edge.upstream)} --> ${ids.get(edge.downstream)}`);
  return `${lines.join("\n")}
`;
}
function graphJson(dag) {
  return {
    dagId: dag.dagId,
    tasks: dag.tasks.map((task) => task.taskId),
    edges: dag.edges.map((edge) => [edge.upstream, edge.downstream])
  };
}

export {
  mermaidGraph,
  graphJson
};
//# sourceMappingURL=chunk-HHIKM6GG.js.map
