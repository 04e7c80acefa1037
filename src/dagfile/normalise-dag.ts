/**
 * Normalisation of the v1.1 DAG-level and graph-shaping keys: params, doc, dagrun_timeout,
 * end_date, notify (DAG and task level), asset schedules, outlets and groups. Pure; called by
 * normaliseSpec on a document without validation errors.
 */
import { normaliseAssetUri } from "./assets.js";
import { parseLocalDateTime } from "./check.js";
import { parseDuration } from "./duration.js";
import type { DagNotify, NormalisedDag, NormalisedParam, NormalisedTask, Notifier, Schedule, TaskNotify } from "./model.js";
import type { RawDagNotify, RawNotifier, RawParam, RawSpec, RawTask, RawTaskNotify, RawTaskSettings } from "./types.js";

/** One `params:` entry as Airflow's Param(default, description=..., **json_schema). */
export function normaliseParam(name: string, raw: RawParam): NormalisedParam {
  const param: NormalisedParam = { name, hasDefault: "default" in raw };
  if (raw.type !== undefined) param.type = raw.type;
  if ("default" in raw) param.default = raw.default;
  if (raw.description !== undefined) param.description = raw.description;
  if (raw.title !== undefined) param.title = raw.title;
  if (raw.enum !== undefined) param.enum = [...raw.enum];
  if (raw.minimum !== undefined) param.minimum = raw.minimum;
  if (raw.maximum !== undefined) param.maximum = raw.maximum;
  if (raw.min_length !== undefined) param.minLength = raw.min_length;
  if (raw.max_length !== undefined) param.maxLength = raw.max_length;
  if (raw.pattern !== undefined) param.pattern = raw.pattern;
  return param;
}

function normaliseNotifier(raw: RawNotifier): Notifier {
  if (raw.callback !== undefined) return { kind: "callback", path: raw.callback };
  if (raw.slack !== undefined) {
    const slack: Notifier = { kind: "slack", connection: raw.slack.connection };
    if (raw.slack.channel !== undefined) slack.channel = raw.slack.channel;
    if (raw.slack.text !== undefined) slack.text = raw.slack.text;
    return slack;
  }
  const email = raw.email ?? [];
  if (Array.isArray(email)) return { kind: "email", to: [...email] };
  const notifier: Notifier = { kind: "email", to: [...email.to] };
  if (email.subject !== undefined) notifier.subject = email.subject;
  if (email.html_content !== undefined) notifier.htmlContent = email.html_content;
  if (email.from_email !== undefined) notifier.fromEmail = email.from_email;
  if (email.connection !== undefined) notifier.connection = email.connection;
  return notifier;
}

const EVENTS = [
  ["on_failure", "onFailure"],
  ["on_success", "onSuccess"],
  ["on_retry", "onRetry"],
] as const;

/** DAG-level notify; undefined when there is none. */
export function dagNotify(raw: RawDagNotify | undefined): DagNotify | undefined {
  return taskNotify(raw, undefined);
}

/**
 * A task's notify, merged with defaults.notify event by event: an event the task names replaces
 * the defaults' list for that event (so a task can send its failures elsewhere without inheriting
 * the team channel twice); events it does not name are inherited. Undefined when there is none.
 */
export function taskNotify(defaults: RawTaskNotify | undefined, task: RawTaskNotify | undefined): TaskNotify | undefined {
  const notify: TaskNotify = {};
  for (const [written, event] of EVENTS) {
    const list = task?.[written] ?? defaults?.[written];
    if (list !== undefined && list.length > 0) notify[event] = list.map(normaliseNotifier);
  }
  return Object.keys(notify).length > 0 ? notify : undefined;
}

/** Normalised URIs in order, each once (two spellings of one asset are one asset). */
export function assetList(uris: readonly string[], substitute: (text: string) => string = (text) => text): string[] {
  return [...new Set(uris.map((uri) => normaliseAssetUri(substitute(uri))))];
}

/** `schedule: {assets: [...]}` or `{assets_any: [...]}`; undefined for the other schedule forms. */
export function assetSchedule(written: RawSpec["schedule"]): Schedule | undefined {
  if (written === null || typeof written !== "object") return undefined;
  if (written.assets_any !== undefined) return { kind: "assets", mode: "any", uris: assetList(written.assets_any) };
  return { kind: "assets", mode: "all", uris: assetList(written.assets ?? []) };
}

/** The task-level v1.1 keys of one (matrix-expanded) task: notify, outlets, group. */
export function taskGraphKeys(
  task: RawTask,
  defaults: RawTaskSettings,
  substitute: (text: string) => string,
): Pick<NormalisedTask, "notify" | "outlets" | "group"> {
  const keys: Pick<NormalisedTask, "notify" | "outlets" | "group"> = {};
  const notify = taskNotify(defaults.notify, task.notify);
  if (notify) keys.notify = notify;
  if (task.outlets !== undefined) keys.outlets = assetList(task.outlets, substitute);
  if (task.group !== undefined) keys.group = task.group.split(".");
  return keys;
}

/** The DAG-level v1.1 keys: end_date, dagrun_timeout, doc (the file name; the pipeline reads it), notify. */
export function dagLevelKeys(spec: RawSpec): Pick<NormalisedDag, "endDate" | "dagrunTimeoutSeconds" | "docFile" | "notify"> {
  const keys: Pick<NormalisedDag, "endDate" | "dagrunTimeoutSeconds" | "docFile" | "notify"> = {};
  const end = spec.end_date === undefined ? undefined : parseLocalDateTime(spec.end_date);
  if (end) keys.endDate = end;
  const timeout = spec.dagrun_timeout === undefined ? undefined : parseDuration(spec.dagrun_timeout);
  if (timeout !== undefined) keys.dagrunTimeoutSeconds = timeout;
  if (spec.doc !== undefined) keys.docFile = spec.doc;
  const notify = dagNotify(spec.notify);
  if (notify) keys.notify = notify;
  return keys;
}
