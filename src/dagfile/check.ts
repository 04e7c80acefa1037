import type { Problem } from "../errors.js";
import type { Profile } from "../profile.js";
import { callbackProblems, literalProblems, taskIdProblems } from "./check-identifiers.js";
import { platformProblems } from "./check-platform.js";
import { dagDurationProblems, settingsProblems } from "./check-settings.js";
import { templateProblems } from "./check-templates.js";
import { neverFires, parseSchedule } from "./cron.js";
import { problemAt, type SourceDocument, type ValuePath } from "./source.js";
import { didYouMean } from "./suggest.js";
import { isTimeZone, timeZoneHint } from "./timezones.js";
import { isRecord, type Json } from "./json.js";

export { isLabelKey, isLabelValue, PROJECT_NAME } from "./check-settings.js";
export { isTimeZone } from "./timezones.js";

/** What the checks beyond the schema need to know about the surroundings. */
export interface CheckContext {
  profile: Profile;
  /** Folder names of the repository's projects, to resolve `image: other-project`. */
  knownProjects?: readonly string[];
}

export const TASK_ID_PATTERN = /^[A-Za-z0-9_.-]{1,200}$/;
export const MATRIX_TOKEN = "${matrix}";

const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []);

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** Parse start_date; undefined when it is not a real calendar date-time. */
export function parseLocalDateTime(text: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match.slice(1).map((part: string | undefined) => Number(part ?? 0));
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() + 1 !== month ||
    probe.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    year < 1970
  ) {
    return undefined;
  }
  return { year, month, day, hour, minute, second };
}

function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === "open") return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(node, "done");
    return undefined;
  };
  for (const node of graph.keys()) {
    if (!state.has(node)) {
      const cycle = visit(node);
      if (cycle) return cycle;
    }
  }
  return undefined;
}

/**
 * Edit distances a file may spend on depends_on suggestions (each search compares with every
 * task): a file with thousands of unknown references would otherwise take minutes. Past it,
 * unknown tasks are still reported, without a "did you mean".
 */
const SUGGESTION_BUDGET = 200_000;
/** Names listed in a message; a long list is cut, so the messages of a file stay linear in its size. */
const LISTED_NAMES = 20;

function listOf(names: readonly string[]): string {
  return names.length <= LISTED_NAMES ? names.join(", ") : `${names.slice(0, LISTED_NAMES).join(", ")}, … (${names.length.toLocaleString("en-US")} in all)`;
}

/** Task ids after matrix expansion, in declaration order: [taskId, source task, matrix value]. */
export function expandTaskIds(tasks: Json): [string, string, string | undefined][] {
  const out: [string, string, string | undefined][] = [];
  for (const [name, task] of Object.entries(tasks)) {
    const matrix = isRecord(task) && Array.isArray(task["matrix"]) ? task["matrix"] : undefined;
    if (matrix && matrix.length > 0) {
      for (const value of matrix) {
        if (typeof value === "string" || typeof value === "number") out.push([`${name}_${String(value)}`, name, String(value)]);
      }
    } else {
      out.push([name, name, undefined]);
    }
  }
  return out;
}

type At = (path: ValuePath, message: string, options?: { anchor?: "key" | "value"; offsetInValue?: number }) => void;

function scheduleProblems(value: Json, at: At): void {
  const schedule = value["schedule"];
  if (typeof schedule === "string") {
    const trimmed = schedule.trim();
    const lead = schedule.length - schedule.trimStart().length;
    const parsed = parseSchedule(trimmed);
    if (!parsed.ok) at(["schedule"], parsed.error.message, { offsetInValue: parsed.error.offset + lead });
    const impossible = parsed.ok && !trimmed.startsWith("@") ? neverFires(trimmed) : undefined;
    if (impossible) at(["schedule"], `${impossible.message}.`, { offsetInValue: impossible.offset + lead });
  }
  const startDate = value["start_date"];
  const start = typeof startDate === "string" ? parseLocalDateTime(startDate) : undefined;
  if (typeof startDate === "string" && !start) {
    at(
      ["start_date"],
      `start_date: ${JSON.stringify(startDate)} is not a valid date: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (1970 or later), e.g. 2024-01-01.`,
    );
  }
  const endDate = value["end_date"];
  const end = typeof endDate === "string" ? parseLocalDateTime(endDate) : undefined;
  if (typeof endDate === "string" && !end) {
    at(
      ["end_date"],
      `end_date: ${JSON.stringify(endDate)} is not a valid date: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (1970 or later), e.g. 2025-12-31.`,
    );
  }
  const order = (date: NonNullable<typeof start>) =>
    [date.year, date.month, date.day, date.hour, date.minute, date.second].map((part) => String(part).padStart(4, "0")).join("");
  if (start && end && order(end) < order(start)) {
    at(
      ["end_date"],
      `end_date ${String(endDate)} is before start_date ${String(startDate)}: the DAG would never run. Move end_date after start_date, or remove it.`,
    );
  }
  if (typeof schedule === "string" && schedule !== "@once" && startDate === undefined) {
    at(["schedule"], "a scheduled DAG needs a start_date: add e.g. `start_date: 2024-01-01` (the first data interval starts then).", { anchor: "key" });
  }
  const timezone = value["timezone"];
  if (typeof timezone === "string" && !isTimeZone(timezone)) {
    at(
      ["timezone"],
      `timezone: "${timezone}" is not a time zone pendulum knows: it needs an IANA name, written exactly (e.g. UTC, Europe/Paris, America/New_York).${timeZoneHint(timezone)}`,
    );
  }
}

function taskGraphProblems(tasks: Json, at: At): void {
  const names = Object.keys(tasks);
  const nameSet = new Set(names);
  let suggestionCost = 0;
  for (const name of names) {
    if (!TASK_ID_PATTERN.test(name)) {
      at(["tasks", name], `task id "${name}" is invalid: use letters, digits, '_', '.' or '-' (at most 200 characters), e.g. load_orders.`, { anchor: "key" });
    }
    const task = tasks[name];
    if (!isRecord(task)) continue;
    const matrix = Array.isArray(task["matrix"]) ? task["matrix"] : undefined;
    for (const [index, item] of (matrix ?? []).entries()) {
      if ((typeof item === "string" || typeof item === "number") && !TASK_ID_PATTERN.test(`${name}_${String(item)}`)) {
        at(
          ["tasks", name, "matrix", index],
          `matrix value ${JSON.stringify(item)} cannot be part of a task id ("${name}_${String(item)}"): use letters, digits, '_', '.' or '-'.`,
        );
      }
    }
    if (!matrix) {
      for (const field of ["command", "args"]) {
        for (const [index, item] of stringList(task[field]).entries()) {
          if (item.includes(MATRIX_TOKEN))
            at(
              ["tasks", name, field, index],
              `${MATRIX_TOKEN} is used in ${field} but task "${name}" has no matrix: add \`matrix: [...]\` or remove the placeholder.`,
            );
        }
      }
      const env = task["env"];
      if (isRecord(env)) {
        for (const [key, item] of Object.entries(env)) {
          if (typeof item === "string" && item.includes(MATRIX_TOKEN))
            at(
              ["tasks", name, "env", key],
              `${MATRIX_TOKEN} is used in env but task "${name}" has no matrix: add \`matrix: [...]\` or remove the placeholder.`,
            );
        }
      }
    }
    for (const [index, target] of stringList(task["depends_on"]).entries()) {
      if (target === name) {
        at(["tasks", name, "depends_on", index], `task "${name}" depends on itself: remove "${target}" from its depends_on.`);
      } else if (!nameSet.has(target)) {
        suggestionCost += names.length;
        const hint = suggestionCost <= SUGGESTION_BUDGET ? didYouMean(target, names) : "";
        at(["tasks", name, "depends_on", index], `depends_on: unknown task "${target}".${hint} Tasks in this file: ${listOf(names)}.`);
      }
    }
  }
  const graph = new Map<string, string[]>();
  for (const name of names) {
    const task = tasks[name];
    graph.set(name, isRecord(task) ? stringList(task["depends_on"]).filter((target) => target !== name) : []);
  }
  const cycle = findCycle(graph);
  if (cycle) {
    const [first = "", second = ""] = cycle;
    const index = stringList((tasks[first] as Json | undefined)?.["depends_on"]).indexOf(second);
    at(
      ["tasks", first, "depends_on", index],
      `dependency cycle: ${cycle.join(" -> ")} (each task depends on the next). Remove one of these depends_on entries.`,
    );
  }
}

/**
 * Every check the JSON Schema cannot express: ids, references, cycles, schedule, dates, time
 * zone, durations, Kubernetes syntax, Jinja, values Python cannot hold, and the restrictions of
 * the target platform. Tolerates a document that failed the schema: each check looks only at
 * values of the right type.
 */
export function semanticProblems(source: SourceDocument, value: unknown, context: CheckContext): Problem[] {
  const problems: Problem[] = [];
  if (!isRecord(value)) return problems;
  const at: At = (path, message, options = {}) => problems.push(problemAt(source, path, message, options));
  scheduleProblems(value, at);
  problems.push(...dagDurationProblems(source, value));
  const defaults = isRecord(value["defaults"]) ? value["defaults"] : undefined;
  if (defaults) problems.push(...settingsProblems(source, defaults, ["defaults"], context));
  const tasks = value["tasks"];
  if (isRecord(tasks)) {
    for (const [name, task] of Object.entries(tasks)) {
      if (isRecord(task)) problems.push(...settingsProblems(source, task, ["tasks", name], context));
    }
    taskGraphProblems(tasks, at);
    problems.push(...taskIdProblems(source, tasks));
  }
  problems.push(...callbackProblems(source, value), ...literalProblems(source, value));
  problems.push(...templateProblems(source, value, context.profile), ...platformProblems(source, value, context.profile));
  return problems;
}
