import type { Problem } from "../errors.js";
import { PYTHON_KEYWORDS } from "../render/python.js";
import { describePath, problemAt, type SourceDocument, type ValuePath } from "./source.js";
import { isRecord, type Json } from "./json.js";

/**
 * Deepest nesting of a value written into the generated file. CPython 3.9+ stops at 200 nested
 * brackets in one expression and 3.8's parser overflows near 90; the DAG call, the operator and
 * Param() wrap a value in a few more, so 50 levels leave a wide margin on every supported Python.
 */
export const MAX_VALUE_DEPTH = 50;
const PYTHON_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** One task instance after matrix expansion: the dag.yaml task and the value it came from. */
interface Expanded {
  sourceTask: string;
  /** Index of the matrix value, for locating; undefined for a task without a matrix. */
  index: number | undefined;
  value: string | number | undefined;
}

const shown = (value: string | number | undefined) => (typeof value === "string" ? JSON.stringify(value) : String(value));

/**
 * Task ids as Airflow will see them: matrix values turned into text (so 1 and "1" are one id).
 * A group adds nothing to the id (the renderer sets prefix_group_id=False, see render/groups.ts),
 * so the id is the dag.yaml key, or key_value in a matrix; TASK_ID_PATTERN in check.ts bounds its
 * length, and check-dag.ts keeps group ids apart from task ids. Two tasks with one id fail when
 * Airflow imports the file. Linear in the expanded tasks: only the first owner of each id is
 * kept, as its matrix position.
 */
export function taskIdProblems(source: SourceDocument, tasks: Json): Problem[] {
  const problems: Problem[] = [];
  const owners = new Map<string, [string, number]>();
  const entryOf = (name: string, index: number): Expanded => {
    const written = tasks[name];
    const task: Json = isRecord(written) ? written : {};
    const matrix = Array.isArray(task["matrix"]) && task["matrix"].length > 0 ? (task["matrix"] as (string | number)[]) : undefined;
    return { sourceTask: name, index: matrix ? index : undefined, value: matrix?.[index] };
  };
  const add = (taskId: string, name: string, index: number) => {
    const first = owners.get(taskId);
    if (first === undefined) {
      owners.set(taskId, [name, index]);
      return;
    }
    const entry = entryOf(name, index);
    const earlier = entryOf(first[0], first[1]);
    // The schema's uniqueItems already names a value listed twice.
    if (earlier.sourceTask === name && earlier.value === entry.value) return;
    const path: ValuePath = entry.index === undefined ? ["tasks", name] : ["tasks", name, "matrix", entry.index];
    const message =
      earlier.sourceTask === name
        ? `matrix values ${shown(earlier.value)} and ${shown(entry.value)} of task "${name}" both give the task id "${taskId}": Airflow ids are text, so list the value once.`
        : `task id "${taskId}" is produced twice, by task "${earlier.sourceTask}" and by task "${name}": rename one of them.`;
    problems.push(problemAt(source, path, message, { anchor: entry.index === undefined ? "key" : "value" }));
  };
  for (const [name, task] of Object.entries(tasks)) {
    const matrix = isRecord(task) && Array.isArray(task["matrix"]) && task["matrix"].length > 0 ? task["matrix"] : undefined;
    if (!matrix) {
      add(name, name, 0);
      continue;
    }
    for (let index = 0; index < matrix.length; index += 1) {
      const value: unknown = matrix[index];
      if (typeof value === "string" || typeof value === "number") add(`${name}_${String(value)}`, name, index);
    }
  }
  return problems;
}

/** Why a dotted path cannot be imported as a callable, or undefined when it can. */
export function dottedPathProblem(path: string): string | undefined {
  const segments = path.split(".");
  if (segments.length < 2) return `"${path}" names no module: write module.function, e.g. team_alerts.pagerduty.notify`;
  for (const segment of segments) {
    if (!PYTHON_NAME.test(segment)) return `"${segment}" in "${path}" is not a Python identifier (letters, digits and '_', not starting with a digit)`;
    if (PYTHON_KEYWORDS.has(segment)) return `"${segment}" in "${path}" is a Python keyword and cannot be imported`;
  }
  return undefined;
}

/** Every `callback:` of DAG-level and task-level notify, checked as an importable dotted path. */
export function callbackProblems(source: SourceDocument, spec: Json): Problem[] {
  const problems: Problem[] = [];
  const check = (notify: unknown, path: ValuePath) => {
    if (!isRecord(notify)) return;
    for (const [event, list] of Object.entries(notify)) {
      if (!Array.isArray(list)) continue;
      for (const [index, notifier] of list.entries()) {
        const callback = isRecord(notifier) ? notifier["callback"] : undefined;
        const problem = typeof callback === "string" ? dottedPathProblem(callback) : undefined;
        if (problem)
          problems.push(
            problemAt(
              source,
              [...path, event, index, "callback"],
              `${describePath([...path, event, index, "callback"])}: ${problem}. The generated DAG imports it, so Airflow could not load the file.`,
            ),
          );
      }
    }
  };
  check(spec["notify"], ["notify"]);
  if (isRecord(spec["defaults"])) check(spec["defaults"]["notify"], ["defaults", "notify"]);
  if (isRecord(spec["tasks"])) for (const [name, task] of Object.entries(spec["tasks"])) if (isRecord(task)) check(task["notify"], ["tasks", name, "notify"]);
  return problems;
}

/** Why a value cannot be written as a Python literal that means the same, with the path to the part at fault. */
function unrepresentable(value: unknown, path: ValuePath, root: ValuePath, depth = 0): [ValuePath, string] | undefined {
  if (typeof value === "number") {
    if (Number.isNaN(value)) return [path, `${describePath(path)} is .nan, which has no Python literal (and no JSON form, which is how Airflow stores params)`];
    if (!Number.isFinite(value))
      return [path, `${describePath(path)} is infinite (.inf), which has no Python literal (and no JSON form, which is how Airflow stores params)`];
    if (Number.isInteger(value) && !Number.isSafeInteger(value))
      return [path, `${describePath(path)} has more digits than a number can carry exactly (beyond ±${Number.MAX_SAFE_INTEGER}); quote it to keep it as text`];
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  if (depth >= MAX_VALUE_DEPTH)
    return [
      path,
      `${describePath(root)} nests more than ${MAX_VALUE_DEPTH} levels deep; Python's parser limits nesting in one expression, and the generated file must load on every supported Python`,
    ];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  for (const [key, item] of entries) {
    const found = unrepresentable(item, [...path, key], root, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Values dag.yaml hands to Python as literals: param defaults and enums, matrix values, affinity. */
export function literalProblems(source: SourceDocument, spec: Json): Problem[] {
  const problems: Problem[] = [];
  const check = (value: unknown, path: ValuePath) => {
    const found = unrepresentable(value, path, path);
    if (found) problems.push(problemAt(source, found[0], `${found[1]}.`));
  };
  // The schema already refuses .nan and .inf where it wants a number; digits it cannot see.
  const checkDigits = (value: unknown, path: ValuePath) => {
    if (typeof value === "number" && Number.isInteger(value)) check(value, path);
  };
  if (isRecord(spec["params"])) {
    for (const [name, param] of Object.entries(spec["params"])) {
      if (!isRecord(param)) continue;
      for (const field of ["default", "enum"]) if (field in param) check(param[field], ["params", name, field]);
      for (const field of ["minimum", "maximum"]) checkDigits(param[field], ["params", name, field]);
    }
  }
  const blocks: [unknown, ValuePath][] = [[spec["defaults"], ["defaults"]]];
  if (isRecord(spec["tasks"])) for (const [name, task] of Object.entries(spec["tasks"])) blocks.push([task, ["tasks", name]]);
  for (const [block, path] of blocks) {
    if (!isRecord(block)) continue;
    if ("affinity" in block) check(block["affinity"], [...path, "affinity"]);
    if (Array.isArray(block["matrix"])) for (const [index, item] of block["matrix"].entries()) checkDigits(item, [...path, "matrix", index]);
  }
  return problems;
}
