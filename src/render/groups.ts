/**
 * Task groups: `group: ingest.raw` -> `TaskGroup(group_id="raw", prefix_group_id=False,
 * parent_group=<ingest>)` and `task_group=` on the operator.
 *
 * prefix_group_id=False keeps every task id exactly the dag.yaml key (Airflow would otherwise make
 * it "ingest.raw.extract"): depends_on, `dagship run TASK`, the deployed history and any
 * ExternalTaskSensor elsewhere keep naming the same task, and moving a task between groups renames
 * nothing. The price is that group ids share one namespace with task ids; check-dag.ts refuses
 * collisions before Airflow would. TaskGroup(group_id, prefix_group_id, parent_group) and
 * BaseOperator(task_group=...): airflow.utils.task_group in 2.7-2.11, airflow.sdk.TaskGroup in 3.0/3.1.
 */
import type { NormalisedDag, NormalisedTask } from "../dagfile/model.js";
import type { Profile } from "../profile.js";
import type { ImportName } from "./imports.js";
import type { NameAllocator } from "./names.js";
import { PyCode, pyCall, type PyValue } from "./python.js";

/** Variable name of each group, by its dotted path, outer groups first. */
export type GroupNames = ReadonlyMap<string, string>;

/** Every group the tasks name (and their parents), in first-use order, each with a fresh variable. */
export function groupNames(dag: NormalisedDag, names: NameAllocator): GroupNames {
  const out = new Map<string, string>();
  for (const task of dag.tasks) {
    for (let depth = 1; depth <= (task.group?.length ?? 0); depth += 1) {
      const path = task.group?.slice(0, depth) ?? [];
      const key = path.join(".");
      if (!out.has(key)) out.set(key, names.claim(`group_${path[path.length - 1] ?? ""}`, "group_"));
    }
  }
  return out;
}

/** The `name = TaskGroup(...)` statements, before the tasks that use them. */
export function groupStatements(groups: GroupNames, indent: string): string[] {
  return [...groups.entries()].map(([path, variable]) => {
    const segments = path.split(".");
    const keywords: [string, PyValue][] = [
      ["group_id", segments[segments.length - 1] ?? path],
      ["prefix_group_id", false],
    ];
    const parent = groups.get(segments.slice(0, -1).join("."));
    if (parent !== undefined) keywords.push(["parent_group", new PyCode(parent)]);
    return `${indent}${variable} = ${pyCall("TaskGroup", keywords, indent)}`;
  });
}

/** `task_group=` of a task shown in a group. */
export function taskGroupKeywords(task: NormalisedTask, groups: GroupNames): [string, PyValue][] {
  const variable = task.group === undefined ? undefined : groups.get(task.group.join("."));
  return variable === undefined ? [] : [["task_group", new PyCode(variable)]];
}

/** TaskGroup's import: airflow.sdk on Airflow 3, airflow.utils.task_group on Airflow 2. */
export function groupImports(dag: NormalisedDag, profile: Profile): ImportName[] {
  if (!dag.tasks.some((task) => task.group !== undefined)) return [];
  return [{ module: profile.airflow === 3 ? "airflow.sdk" : "airflow.utils.task_group", name: "TaskGroup" }];
}
