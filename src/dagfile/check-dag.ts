/**
 * Checks of the v1.1 DAG-level and graph-shaping keys that the JSON Schema cannot express, each a
 * located error that says why Airflow would fail and how to fix it: asset schedules and URIs per
 * profile, params Airflow cannot resolve, group ids that collide, callback paths that cannot be
 * imported, doc paths that leave the project, end_date and dagrun_timeout. Like check.ts it
 * tolerates a document that failed the schema: each check looks only at values of the right type.
 */
import type { Problem } from "../errors.js";
import { PYTHON_KEYWORDS } from "../render/python.js";
import { assetUriProblem } from "./assets.js";
import { expandTaskIds, parseLocalDateTime, type CheckContext } from "./check.js";
import { docPathProblem } from "./doc.js";
import { parseDuration } from "./duration.js";
import { paramValueProblem } from "./param-value.js";
import { describePath, problemAt, type SourceDocument, type ValuePath } from "./source.js";
import type { RawParam } from "./types.js";

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const entriesOf = (value: unknown): [string, unknown][] => (isRecord(value) ? Object.entries(value) : []);
const itemsOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Whether `path` can be imported as `from module import name`: dotted identifiers, none a keyword. */
export function isCallbackPath(path: string): boolean {
  const parts = path.split(".");
  return parts.length >= 2 && parts.every((part) => IDENTIFIER.test(part) && !PYTHON_KEYWORDS.has(part));
}

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
  if ("assets_any" in schedule && airflow === 2) {
    at(["schedule", "assets_any"], "schedule.assets_any needs DatasetAny, which Airflow 2.9 added, and the Airflow 2 profile also loads on 2.7 and 2.8 (it promises 2.7-2.11). Use schedule.assets (run when every asset was updated), or render for Airflow 3 (--airflow 3).", "key");
  }
  for (const key of ["assets", "assets_any"]) checkAssets(at, schedule[key], ["schedule", key], airflow);
  if (value["start_date"] === undefined) {
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
        at(["params", name], `params.${name} has no default: Airflow 2.7 refuses to load a DAG with a param that has none (2.8+ only when the DAG has a schedule). Add \`default: ...\` (it is also the trigger form's initial value).`, "key");
      } else if (scheduled) {
        at(["params", name], `params.${name} has no default, but the DAG has a schedule: Airflow refuses to load a scheduled DAG whose params cannot all be resolved. Add \`default: ...\`, or set \`schedule: null\` (then each manual run gives the value).`, "key");
      }
      continue;
    }
    const problem = paramValueProblem(param, param.default);
    if (problem !== undefined) at(["params", name, "default"], `params.${name}.default: ${problem}. Airflow validates the default against the param's own schema (and refuses to load a scheduled DAG whose default fails): fix the default or the schema.`);
  }
}

function checkCallbacks(at: At, notify: unknown, path: ValuePath): void {
  for (const [event, list] of entriesOf(notify)) {
    for (const [index, notifier] of itemsOf(list).entries()) {
      const callback = isRecord(notifier) ? notifier["callback"] : undefined;
      if (typeof callback === "string" && !isCallbackPath(callback)) {
        const where = [...path, event, index, "callback"];
        at(where, `${describePath(where)}: ${JSON.stringify(callback)} is not an importable dotted path: expected module.function, each part a Python identifier (letters, digits, '_') and not a keyword, e.g. team_alerts.pagerduty.notify.`);
      }
    }
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
        at(["tasks", name, "group"], `tasks.${name}.group: group "${leaf}" of "${group}" is also the group "${earlier}": Airflow group ids are unique in a DAG, and dagship keeps task ids unprefixed, so a group is known by its last name alone. Rename one of them.`);
        break;
      }
      pathOfLeaf.set(leaf, path);
      if (taskIds.has(leaf)) {
        at(["tasks", name, "group"], `tasks.${name}.group: group "${leaf}" has the id of task "${leaf}": Airflow keeps task and group ids in one namespace. Rename the group or the task.`);
        break;
      }
    }
  }
}

const stamp = (date: NonNullable<ReturnType<typeof parseLocalDateTime>>): number => Date.UTC(date.year, date.month - 1, date.day, date.hour, date.minute, date.second);

function checkDagOptions(at: At, value: Json): void {
  const doc = value["doc"];
  const docProblem = typeof doc === "string" ? docPathProblem(doc) : undefined;
  if (docProblem !== undefined) at(["doc"], `doc: ${JSON.stringify(doc)} ${docProblem}`);
  const end = value["end_date"];
  if (typeof end === "string") {
    const endDate = parseLocalDateTime(end);
    const start = typeof value["start_date"] === "string" ? parseLocalDateTime(value["start_date"]) : undefined;
    if (!endDate) {
      at(["end_date"], `end_date: ${JSON.stringify(end)} is not a valid date: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (1970 or later), e.g. 2025-12-31.`);
    } else if (start && stamp(endDate) < stamp(start)) {
      at(["end_date"], `end_date ${end} is before start_date ${String(value["start_date"])}: no run would ever be scheduled. Move end_date later, or remove it.`);
    }
  }
  const timeout = value["dagrun_timeout"];
  if (typeof timeout === "string" && /^(?:\d+[dhms])+$/.test(timeout) && (parseDuration(timeout) ?? 0) <= 0) {
    at(["dagrun_timeout"], `dagrun_timeout must be longer than 0s, got "${timeout}".`);
  }
}

/** Every v1.1 DAG-level and graph problem of a loaded document, located. */
export function dagKeyProblems(source: SourceDocument, value: unknown, context: CheckContext): Problem[] {
  const problems: Problem[] = [];
  if (!isRecord(value)) return problems;
  const at: At = (path, message, anchor = "value") => problems.push(problemAt(source, path, message, { anchor }));
  checkSchedule(at, value, context);
  checkParams(at, value, context);
  checkDagOptions(at, value);
  checkCallbacks(at, value["notify"], ["notify"]);
  if (isRecord(value["defaults"])) checkCallbacks(at, value["defaults"]["notify"], ["defaults", "notify"]);
  const tasks = value["tasks"];
  if (!isRecord(tasks)) return problems;
  for (const [name, task] of Object.entries(tasks)) {
    if (!isRecord(task)) continue;
    checkCallbacks(at, task["notify"], ["tasks", name, "notify"]);
    checkAssets(at, task["outlets"], ["tasks", name, "outlets"], context.profile.airflow);
  }
  checkGroups(at, tasks);
  return problems;
}
