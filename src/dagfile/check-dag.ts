/**
 * Checks of the v1.1 DAG-level and graph-shaping keys that the JSON Schema cannot express, each a
 * located error that says why Airflow would fail and how to fix it: asset schedules and URIs per
 * profile, params Airflow cannot resolve, group ids that collide and doc paths that leave the
 * project. (end_date is checked with start_date in check.ts, dagrun_timeout with the other
 * durations in check-settings.ts, callback paths in check-identifiers.ts.) Like check.ts it
 * tolerates a document that failed the schema: each check looks only at values of the right type.
 */
import type { Problem } from "../errors.js";
import { assetUriProblem } from "./assets.js";
import { expandTaskIds, type CheckContext } from "./check.js";
import { docPathProblem } from "./doc.js";
import { isRecord, type Json } from "./json.js";
import { paramValueProblem } from "./param-value.js";
import { describePath, problemAt, type SourceDocument, type ValuePath } from "./source.js";
import type { RawParam } from "./types.js";

/** DatasetAny arrived in Airflow 2.9 (apache/airflow#37016, "conditional expressions" in the datasets guide). */
const CONDITIONAL_DATASETS = "https://airflow.apache.org/docs/apache-airflow/2.9.0/authoring-and-scheduling/datasets.html";

const entriesOf = (value: unknown): [string, unknown][] => (isRecord(value) ? Object.entries(value) : []);
const itemsOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

type At = (path: ValuePath, message: string, anchor?: "key" | "value") => void;

function checkAssets(at: At, list: unknown, path: ValuePath, airflow: 2 | 3): void {
  for (const [index, uri] of itemsOf(list).entries()) {
    const problem = typeof uri === "string" ? assetUriProblem(uri, airflow) : undefined;
    if (problem !== undefined) at([...path, index], `${describePath([...path, index])}: asset URI ${JSON.stringify(uri)} ${problem}.`);
  }
}

function checkSchedule(at: At, value: Json, context: CheckContext): void {
  const schedule = value["schedule"];
  if (!isRecord(schedule)) return;
  const airflow = context.profile.airflow;
  // With both kinds the schema already asks for one of them.
  if ("assets_any" in schedule && !("assets" in schedule) && airflow === 2) {
    at(
      ["schedule", "assets_any"],
      `schedule.assets_any needs DatasetAny, which Airflow 2.9 added; the Airflow 2 profile also promises 2.7 and 2.8. Use assets (run when all were updated), or render for Airflow 3 (--airflow 3). See ${CONDITIONAL_DATASETS}`,
      "key",
    );
  }
  for (const key of ["assets", "assets_any"]) checkAssets(at, schedule[key], ["schedule", key], airflow);
  // An empty mapping names no assets (the schema says so); it is not yet a schedule on assets.
  if (("assets" in schedule || "assets_any" in schedule) && value["start_date"] === undefined) {
    at(["schedule"], "a DAG scheduled on assets needs a start_date (Airflow 2 refuses it without one): add e.g. `start_date: 2024-01-01`.", "key");
  }
}

function checkParams(at: At, value: Json, context: CheckContext): void {
  const scheduled = value["schedule"] !== undefined && value["schedule"] !== null;
  for (const [name, raw] of entriesOf(value["params"])) {
    if (!isRecord(raw)) continue;
    const param = raw as RawParam;
    if (!("default" in param)) {
      if (context.profile.airflow === 2) {
        at(
          ["params", name],
          `params.${name} has no default: Airflow 2.7 refuses to load a DAG with a param that has none (2.8+ only when the DAG has a schedule). Add \`default: ...\` (it is also the trigger form's initial value).`,
          "key",
        );
      } else if (scheduled) {
        at(
          ["params", name],
          `params.${name} has no default, but the DAG has a schedule: Airflow refuses to load a scheduled DAG whose params cannot all be resolved. Add \`default: ...\`, or set \`schedule: null\` (then each manual run gives the value).`,
          "key",
        );
      }
      continue;
    }
    const problem = paramValueProblem(param, param.default);
    if (problem !== undefined)
      at(
        ["params", name, "default"],
        `params.${name}.default: ${problem}. Airflow validates the default against the param's own schema (and refuses to load a scheduled DAG whose default fails): fix the default or the schema.`,
      );
  }
}

function checkGroups(at: At, tasks: Json): void {
  if (!Object.values(tasks).some((task) => isRecord(task) && typeof task["group"] === "string")) return;
  const taskIds = new Set(expandTaskIds(tasks).map(([taskId]) => taskId));
  const pathOfLeaf = new Map<string, string>();
  for (const [name, task] of Object.entries(tasks)) {
    const group = isRecord(task) ? task["group"] : undefined;
    if (typeof group !== "string") continue;
    const segments = group.split(".");
    for (let depth = 1; depth <= segments.length; depth += 1) {
      const path = segments.slice(0, depth).join(".");
      const leaf = segments[depth - 1] ?? "";
      const earlier = pathOfLeaf.get(leaf);
      if (earlier !== undefined && earlier !== path) {
        at(
          ["tasks", name, "group"],
          `tasks.${name}.group: group "${leaf}" of "${group}" is also the group "${earlier}": Airflow group ids are unique in a DAG, and dagship keeps task ids unprefixed, so a group is known by its last name alone. Rename one of them.`,
        );
        break;
      }
      pathOfLeaf.set(leaf, path);
      if (taskIds.has(leaf)) {
        at(
          ["tasks", name, "group"],
          `tasks.${name}.group: group "${leaf}" has the id of task "${leaf}": Airflow keeps task and group ids in one namespace. Rename the group or the task.`,
        );
        break;
      }
    }
  }
}

function checkDoc(at: At, value: Json): void {
  const doc = value["doc"];
  const docProblem = typeof doc === "string" ? docPathProblem(doc) : undefined;
  if (docProblem !== undefined) at(["doc"], `doc: ${JSON.stringify(doc)} ${docProblem}`);
}

/** Every v1.1 DAG-level and graph problem of a loaded document, located. */
export function dagKeyProblems(source: SourceDocument, value: unknown, context: CheckContext): Problem[] {
  const problems: Problem[] = [];
  if (!isRecord(value)) return problems;
  const at: At = (path, message, anchor = "value") => problems.push(problemAt(source, path, message, { anchor }));
  checkSchedule(at, value, context);
  checkParams(at, value, context);
  checkDoc(at, value);
  const tasks = value["tasks"];
  if (!isRecord(tasks)) return problems;
  for (const [name, task] of Object.entries(tasks)) {
    if (!isRecord(task)) continue;
    checkAssets(at, task["outlets"], ["tasks", name, "outlets"], context.profile.airflow);
  }
  checkGroups(at, tasks);
  return problems;
}
