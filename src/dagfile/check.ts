import type { Problem } from "../errors.js";
import { COMPOSER_NAMESPACE, type Profile } from "../profile.js";
import { parseSchedule } from "./cron.js";
import { parseDuration } from "./duration.js";
import { byteQuantityHint, isByteQuantity, isCpuQuantity } from "./quantity.js";
import { describePath, problemAt, type SourceDocument, type ValuePath } from "./source.js";
import { didYouMean } from "./suggest.js";

/** What the checks beyond the schema need to know about the surroundings. */
export interface CheckContext {
  profile: Profile;
  /** Folder names of the repository's projects, to resolve `image: other-project`. */
  knownProjects?: readonly string[];
}

export const TASK_ID_PATTERN = /^[A-Za-z0-9_.-]{1,200}$/;
const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const LABEL_NAME = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)$/;
const LABEL_PREFIX = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
/** A bare project name (as opposed to a registry reference, which has '/', ':' or '@'). */
export const PROJECT_NAME = /^[a-z0-9][a-z0-9_.-]*$/;
export const MATRIX_TOKEN = "${matrix}";

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];

/** Kubernetes label key: optional DNS-subdomain prefix, then a name of at most 63 characters. */
export function isLabelKey(key: string): boolean {
  const slash = key.lastIndexOf("/");
  if (slash < 0) return LABEL_NAME.test(key);
  const prefix = key.slice(0, slash);
  return prefix.length <= 253 && LABEL_PREFIX.test(prefix) && LABEL_NAME.test(key.slice(slash + 1));
}

/** Kubernetes label value: at most 63 characters, alphanumeric at both ends. */
export function isLabelValue(value: string): boolean {
  return value.length <= 63 && LABEL_VALUE.test(value);
}

/** Whether the time zone name is one the runtime (and so pendulum's IANA database) knows. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return !/^[+-]/.test(name);
  } catch {
    return false;
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** Parse start_date; undefined when it is not a real calendar date-time. */
export function parseLocalDateTime(text: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  const probe = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0));
  if (
    probe.getUTCFullYear() !== year || probe.getUTCMonth() + 1 !== month || probe.getUTCDate() !== day ||
    (hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59 || (year ?? 0) < 1970
  ) {
    return undefined;
  }
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0, hour: hour ?? 0, minute: minute ?? 0, second: second ?? 0 };
}

function checkSettings(source: SourceDocument, settings: Json, path: ValuePath, context: CheckContext, problems: Problem[]): void {
  const at = (sub: ValuePath, message: string, anchor: "key" | "value" = "value") =>
    problems.push(problemAt(source, [...path, ...sub], message, { anchor }));

  for (const field of ["retry_delay", "timeout", "startup_timeout"]) {
    const value = settings[field];
    if (typeof value === "string" && /^(?:\d+[dhms])+$/.test(value) && (parseDuration(value) ?? 0) <= 0) {
      at([field], `${describePath([...path, field])} must be longer than 0s, got "${value}".`);
    }
  }
  const resources = settings["resources"];
  if (isRecord(resources)) {
    const cpu = resources["cpu"];
    if ((typeof cpu === "string" || typeof cpu === "number") && !isCpuQuantity(cpu)) {
      at(["resources", "cpu"], `${describePath([...path, "resources", "cpu"])}: ${JSON.stringify(cpu)} is not a Kubernetes CPU quantity: expected e.g. 500m, 0.5 or 2.`);
    }
    for (const field of ["memory", "ephemeral_storage"]) {
      const value = resources[field];
      if (typeof value === "string" && !isByteQuantity(value)) {
        at(["resources", field], `${describePath([...path, "resources", field])}: ${JSON.stringify(value)} is not a Kubernetes quantity: expected e.g. 512Mi, 4Gi or 1G.${byteQuantityHint(value)}`);
      }
    }
  }
  const env = settings["env"];
  if (isRecord(env)) {
    for (const name of Object.keys(env)) {
      if (!ENV_NAME.test(name)) at(["env", name], `${describePath([...path, "env"])}: "${name}" is not a valid environment variable name (letters, digits, '_', '-', '.'; not starting with a digit).`, "key");
    }
  }
  const labels = settings["labels"];
  if (isRecord(labels)) {
    for (const [key, value] of Object.entries(labels)) {
      if (!isLabelKey(key)) at(["labels", key], `${describePath([...path, "labels"])}: "${key}" is not a valid Kubernetes label key (at most 63 characters of letters, digits, '-', '_', '.', with an optional DNS prefix and '/').`, "key");
      if (typeof value === "string" && !isLabelValue(value)) at(["labels", key], `${describePath([...path, "labels", key])}: ${JSON.stringify(value)} is not a valid Kubernetes label value (at most 63 characters of letters, digits, '-', '_', '.', starting and ending with a letter or digit).`);
    }
  }
  const image = settings["image"];
  if (typeof image === "string" && PROJECT_NAME.test(image) && context.knownProjects && !context.knownProjects.includes(image)) {
    at(["image"], `${describePath([...path, "image"])}: "${image}" is neither a project of this repository nor a full image reference (projects: ${context.knownProjects.join(", ") || "none"}).${didYouMean(image, context.knownProjects)}`);
  }
  if (context.profile.platform === "composer-3") {
    const fix = "or render for Composer 2 (--composer 2) or plain Kubernetes (--composer none).";
    if ("namespace" in settings) at(["namespace"], `namespace is not allowed on Composer 3: pods always run in ${COMPOSER_NAMESPACE}. Remove it, ${fix}`, "key");
    if ("affinity" in settings) at(["affinity"], `affinity is not allowed on Composer 3: pod affinity cannot be configured there. Remove it, ${fix}`, "key");
    if ("sidecars" in settings) at(["sidecars"], `sidecars are not allowed on Composer 3: only Airflow's own XCom sidecar may run beside a task. Remove them, ${fix}`, "key");
  }
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

/**
 * Every check the JSON Schema cannot express: ids, references, cycles, cron, quantities,
 * time zone, dates and the restrictions of the target platform. Tolerates a document that
 * failed the schema: each check looks only at values of the right type.
 */
export function semanticProblems(source: SourceDocument, value: unknown, context: CheckContext): Problem[] {
  const problems: Problem[] = [];
  if (!isRecord(value)) return problems;
  const at = (path: ValuePath, message: string, options: { anchor?: "key" | "value"; offsetInValue?: number } = {}) =>
    problems.push(problemAt(source, path, message, options));

  const schedule = value["schedule"];
  if (typeof schedule === "string") {
    const parsed = parseSchedule(schedule.trim() === schedule ? schedule : schedule.trim());
    if (!parsed.ok) at(["schedule"], parsed.error.message, { offsetInValue: parsed.error.offset + (schedule.length - schedule.trimStart().length) });
  }
  const startDate = value["start_date"];
  if (typeof startDate === "string" && !parseLocalDateTime(startDate)) {
    at(["start_date"], `start_date: ${JSON.stringify(startDate)} is not a valid date: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (1970 or later), e.g. 2024-01-01.`);
  }
  if (typeof schedule === "string" && schedule !== "@once" && startDate === undefined) {
    at(["schedule"], 'a scheduled DAG needs a start_date: add e.g. `start_date: 2024-01-01` (the first data interval starts then).', { anchor: "key" });
  }
  const timezone = value["timezone"];
  if (typeof timezone === "string" && !isTimeZone(timezone)) {
    const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
    at(["timezone"], `timezone: "${timezone}" is not an IANA time zone name (e.g. UTC, Europe/Paris, America/New_York).${didYouMean(timezone, zones)}`);
  }
  const defaults = value["defaults"];
  if (isRecord(defaults)) checkSettings(source, defaults, ["defaults"], context, problems);

  const tasks = value["tasks"];
  if (!isRecord(tasks)) return problems;
  const names = Object.keys(tasks);
  const nameSet = new Set(names);
  let suggestionCost = 0;
  for (const name of names) {
    if (!TASK_ID_PATTERN.test(name)) {
      at(["tasks", name], `task id "${name}" is invalid: use letters, digits, '_', '.' or '-' (at most 200 characters), e.g. load_orders.`, { anchor: "key" });
    }
    const task = tasks[name];
    if (!isRecord(task)) continue;
    checkSettings(source, task, ["tasks", name], context, problems);
    const matrix = Array.isArray(task["matrix"]) ? task["matrix"] : undefined;
    for (const [index, item] of (matrix ?? []).entries()) {
      if ((typeof item === "string" || typeof item === "number") && !TASK_ID_PATTERN.test(`${name}_${String(item)}`)) {
        at(["tasks", name, "matrix", index], `matrix value ${JSON.stringify(item)} cannot be part of a task id ("${name}_${String(item)}"): use letters, digits, '_', '.' or '-'.`);
      }
    }
    if (!matrix) {
      for (const field of ["command", "args"]) {
        for (const [index, item] of stringList(task[field]).entries()) {
          if (item.includes(MATRIX_TOKEN)) at(["tasks", name, field, index], `${MATRIX_TOKEN} is used in ${field} but task "${name}" has no matrix: add \`matrix: [...]\` or remove the placeholder.`);
        }
      }
      const env = task["env"];
      if (isRecord(env)) {
        for (const [key, item] of Object.entries(env)) {
          if (typeof item === "string" && item.includes(MATRIX_TOKEN)) at(["tasks", name, "env", key], `${MATRIX_TOKEN} is used in env but task "${name}" has no matrix: add \`matrix: [...]\` or remove the placeholder.`);
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

  const produced = new Map<string, string>();
  for (const [taskId, sourceTask] of expandTaskIds(tasks)) {
    const earlier = produced.get(taskId);
    if (earlier !== undefined && earlier !== sourceTask) {
      at(["tasks", sourceTask], `task id "${taskId}" is produced twice, by task "${earlier}" and by task "${sourceTask}": rename one of them.`, { anchor: "key" });
    }
    produced.set(taskId, sourceTask);
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
    at(["tasks", first, "depends_on", index], `dependency cycle: ${cycle.join(" -> ")} (each task depends on the next). Remove one of these depends_on entries.`);
  }
  return problems;
}
