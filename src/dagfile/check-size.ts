import type { Problem } from "../errors.js";
import { expandTaskIds } from "./check.js";
import { problemAt, type SourceDocument, type ValuePath } from "./source.js";

/**
 * The most tasks one DAG may have after matrix expansion. Airflow copes badly long before a
 * hard limit: its own `[core] max_map_length` (default 1,024) bounds one dynamic fan-out "to
 * prevent the mapped tasks from clogging the scheduler"; users report DAGs of ~3,000 tasks that
 * Airflow 2.10 schedules very slowly or not at all (apache/airflow#47597) and DAGs of 10,000
 * whose serialized form is never stored (apache/airflow#48110, #49845); the scheduler considers
 * about 500-1,000 task instances a second (apache/airflow#31185), so every pass over a run of
 * 5,000 tasks costs it seconds; and every task is a KubernetesPodOperator built while the file
 * imports, which `dagbag_import_timeout` stops after 30 s by default. 5,000 sits between what is
 * reported slow and what is reported broken.
 */
export const MAX_TASKS_PER_DAG = 5_000;

/**
 * The most dependencies (`a >> b` edges) after matrix expansion: a DAG of the maximum size with
 * five upstream tasks per task on average. Each edge is a trigger-rule check of its downstream
 * task on every scheduler pass and a statement of the generated file; the way past it is almost
 * always one matrix depending on another (200 x 200 = 40,000 edges), which a join task between
 * them reduces to 400.
 */
export const MAX_EDGES_PER_DAG = 25_000;

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const count = (value: number): string => value.toLocaleString("en-US");

/**
 * Tasks and edges of the DAG a document describes, counted without building either (so a
 * matrix of any size is counted in linear time), and an error for each cap exceeded.
 */
export function sizeProblems(source: SourceDocument, value: unknown): Problem[] {
  const tasks = isRecord(value) ? value["tasks"] : undefined;
  if (!isRecord(tasks)) return [];
  const instances = new Map<string, number>();
  for (const [, sourceTask] of expandTaskIds(tasks)) instances.set(sourceTask, (instances.get(sourceTask) ?? 0) + 1);

  const problems: Problem[] = [];
  let taskCount = 0;
  let largest: { name: string; size: number } | undefined;
  for (const [name, size] of instances) {
    taskCount += size;
    const task = tasks[name];
    const matrix = isRecord(task) ? task["matrix"] : undefined;
    if (Array.isArray(matrix) && size > (largest?.size ?? 1)) largest = { name, size };
  }
  if (taskCount > MAX_TASKS_PER_DAG) {
    const where: ValuePath = largest ? ["tasks", largest.name, "matrix"] : ["tasks"];
    const biggest = largest ? ` The largest matrix: tasks.${largest.name} (${count(largest.size)} values).` : "";
    problems.push(
      problemAt(
        source,
        where,
        `this DAG has ${count(taskCount)} tasks after matrix expansion, more than the ${count(MAX_TASKS_PER_DAG)} a DAG may have: Airflow's scheduler slows down beyond a few thousand tasks in one DAG and fails to store one of ten thousand. Split the work into several DAGs (linked by assets), or fan out inside a task.${biggest}`,
        { anchor: largest ? "value" : "key" },
      ),
    );
  }

  let edgeCount = 0;
  let densest: { path: ValuePath; downstream: string; upstream: string; edges: number } | undefined;
  for (const [name, size] of instances) {
    const task = tasks[name];
    const dependsOn = isRecord(task) ? task["depends_on"] : undefined;
    if (!Array.isArray(dependsOn)) continue;
    for (const [index, upstream] of dependsOn.entries()) {
      if (typeof upstream !== "string" || upstream === name) continue;
      const edges = size * (instances.get(upstream) ?? 0);
      edgeCount += edges;
      if (edges > (densest?.edges ?? 0)) densest = { path: ["tasks", name, "depends_on", index], downstream: name, upstream, edges };
    }
  }
  if (edgeCount > MAX_EDGES_PER_DAG && densest) {
    const upstreamSize = instances.get(densest.upstream) ?? 0;
    const downstreamSize = instances.get(densest.downstream) ?? 0;
    const fix =
      upstreamSize > 1 && downstreamSize > 1
        ? "Put one task between two matrices (a join) instead of making every task of one depend on every task of the other."
        : "Split the work into several DAGs (linked by assets), or fan out inside a task.";
    problems.push(
      problemAt(
        source,
        densest.path,
        `this DAG has ${count(edgeCount)} dependencies after matrix expansion, more than the ${count(MAX_EDGES_PER_DAG)} a DAG may have: each one is checked by Airflow's scheduler on every pass. The most: tasks.${densest.downstream} depends on tasks.${densest.upstream} (${count(downstreamSize)} x ${count(upstreamSize)} = ${count(densest.edges)}). ${fix}`,
      ),
    );
  }
  return problems;
}
