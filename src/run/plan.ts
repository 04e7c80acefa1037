/**
 * The plan of a local run, computed without side effects: the tasks to run, each with its image,
 * cmds, arguments and env rendered for the run, its resources as docker limits, and what the
 * scheduler needs (upstream tasks, trigger rule, tries, priority).
 */
import { UserError } from "../errors.js";
import type { NormalisedDag, NormalisedTask } from "../dagfile/model.js";
import type { RawSecret } from "../dagfile/types.js";
import { closest } from "../dagfile/suggest.js";
import { runValues, taskScope } from "./context.js";
import { bytesOf, cpusOf } from "./docker-args.js";
import type { PyValue } from "./pyvalue.js";
import { DEFAULT_RETRY_DELAY_SECONDS, priorityTotals, type ScheduledTask, type TriggerRule } from "./scheduler.js";
import { renderTemplate } from "./template.js";
import type { DagRunInfo } from "./timetable.js";

/** One task of the run, rendered. */
export interface PlannedTask extends ScheduledTask {
  image: string;
  cmds: string[];
  arguments: string[];
  env: [string, string][];
  secrets: RawSecret[];
  cpus?: string;
  memoryBytes?: number;
  timeoutSeconds?: number;
}

/** The task ids that `names` select: task ids, or dag.yaml keys of matrix tasks (every instance). */
export function selectTasks(dag: NormalisedDag, names: readonly string[]): Set<string> {
  const selected = new Set<string>();
  for (const name of names) {
    const matches = dag.tasks.filter((task) => task.taskId === name || task.sourceTask === name);
    if (matches.length === 0) {
      const known = [...new Set(dag.tasks.flatMap((task) => [task.taskId, task.sourceTask]))];
      const hint = closest(name, known);
      throw new UserError(
        `${dag.dagId} has no task "${name}"${hint ? ` (did you mean ${hint}?)` : ""}; tasks: ${dag.tasks.map((task) => task.taskId).join(", ")}`,
      );
    }
    for (const task of matches) selected.add(task.taskId);
  }
  return selected;
}

function renderList(parts: readonly string[] | undefined, scope: ReturnType<typeof taskScope>, task: string, field: string): string[] {
  return (parts ?? []).map((part, index) => renderTemplate(part, scope, { task, field: `${field}[${index}]` }));
}

function planTask(
  task: NormalisedTask,
  shared: Map<string, PyValue>,
  dag: NormalisedDag,
  image: string,
  upstream: string[],
  priority: number,
  retries: boolean,
): PlannedTask {
  const scope = taskScope(shared, dag.dagId, task.taskId);
  // KubernetesPodOperator renders cmds, arguments and env_vars (names and values) as templates.
  const planned: PlannedTask = {
    taskId: task.taskId,
    image,
    cmds: renderList(task.command, scope, task.taskId, "command"),
    arguments: renderList(task.args, scope, task.taskId, "args"),
    env: task.env.map(([name, value]) => [
      renderTemplate(name, scope, { task: task.taskId, field: `env name ${name}` }),
      renderTemplate(value, scope, { task: task.taskId, field: `env.${name}` }),
    ]),
    secrets: task.secrets,
    upstream,
    triggerRule: (task.triggerRule ?? "all_success") as TriggerRule,
    maxTries: retries ? (task.retries ?? 0) + 1 : 1,
    retryDelaySeconds: task.retryDelaySeconds ?? DEFAULT_RETRY_DELAY_SECONDS,
    priority,
  };
  if (task.resources?.cpu !== undefined) planned.cpus = cpusOf(task.resources.cpu);
  if (task.resources?.memory !== undefined) planned.memoryBytes = bytesOf(task.resources.memory);
  if (task.timeoutSeconds !== undefined) planned.timeoutSeconds = task.timeoutSeconds;
  return planned;
}

/** What a plan needs besides the DAG. */
export interface PlanInput {
  dag: NormalisedDag;
  run: DagRunInfo;
  params: ReadonlyMap<string, PyValue>;
  /** The image reference of a task. */
  imageOf: (task: NormalisedTask) => string;
  /** Task ids to run; undefined runs the whole DAG. */
  only?: ReadonlySet<string>;
  /** false: every task gets a single try (`--no-retries`). */
  retries: boolean;
}

/**
 * Every selected task, rendered, in the DAG's task order. Upstream tasks outside the selection
 * are left out of the dependencies, as `airflow tasks test` ignores them.
 */
export function planRun(input: PlanInput): PlannedTask[] {
  const { dag, only } = input;
  const chosen = dag.tasks.filter((task) => only === undefined || only.has(task.taskId));
  const ids = new Set(chosen.map((task) => task.taskId));
  const edges = dag.edges.filter((edge) => ids.has(edge.upstream) && ids.has(edge.downstream));
  const weights = new Map(chosen.map((task) => [task.taskId, task.priorityWeight ?? 1]));
  const priorities = priorityTotals([...ids], edges, weights);
  const upstreamOf = new Map<string, string[]>([...ids].map((id) => [id, []]));
  for (const edge of edges) upstreamOf.get(edge.downstream)?.push(edge.upstream);
  const shared = runValues(input.run, dag.dagId, input.params);
  return chosen.map((task) =>
    planTask(task, shared, dag, input.imageOf(task), upstreamOf.get(task.taskId) ?? [], priorities.get(task.taskId) ?? 1, input.retries),
  );
}

/** `--dry-run --json`: per task, what the pod would get (secrets by name only). */
export function dryRunJson(run: DagRunInfo, dagId: string, tasks: readonly PlannedTask[]): unknown {
  return {
    dag_id: dagId,
    run_id: run.runId,
    tasks: tasks.map((task) => ({
      task_id: task.taskId,
      image: task.image,
      cmds: task.cmds,
      arguments: task.arguments,
      env: Object.fromEntries(task.env),
      secrets: task.secrets.map((secret) => secret.env),
    })),
  };
}
