import { parseSchedule } from "./cron.js";
import { parseDuration } from "./duration.js";
import { expandTaskIds, MATRIX_TOKEN, parseLocalDateTime, PROJECT_NAME } from "./check.js";
import { DEFAULT_STARTUP_TIMEOUT_SECONDS, type ImageSource, type NormalisedDag, type NormalisedTask, type Schedule } from "./model.js";
import { assetSchedule, dagLevelKeys, normaliseParam, taskGraphKeys } from "./normalise-dag.js";
import { normalisePod } from "./normalise-pod.js";
import type { RawSchedule, RawSecret, RawSpec, RawTask, RawTaskSettings } from "./types.js";

/** Folder name -> default dag_id: `Salesforce-Sync` -> `salesforce_sync`. */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9_.]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/^_|_$/g, "")
    .toLowerCase();
}

function mergeMaps(...maps: (Record<string, string> | undefined)[]): [string, string][] {
  const merged = new Map<string, string>();
  for (const map of maps) for (const [key, value] of Object.entries(map ?? {})) merged.set(key, value);
  return [...merged.entries()];
}

function mergeSecrets(defaults: RawSecret[] | undefined, task: RawSecret[] | undefined): RawSecret[] {
  const byEnv = new Map<string, RawSecret>();
  for (const secret of [...(defaults ?? []), ...(task ?? [])]) byEnv.set(secret.env, { env: secret.env, secret: secret.secret, key: secret.key });
  return [...byEnv.values()];
}

function substitute(text: string, value: string | undefined): string {
  return value === undefined ? text : text.split(MATRIX_TOKEN).join(value);
}

function imageSource(image: string | undefined, project: string): ImageSource {
  if (image === undefined) return { kind: "project", project };
  return PROJECT_NAME.test(image) ? { kind: "project", project: image } : { kind: "reference", reference: image };
}

function duration(text: string | undefined): number | undefined {
  return text === undefined ? undefined : parseDuration(text);
}

function scheduleOf(written: RawSchedule | undefined): Schedule {
  if (written === null || written === undefined) return { kind: "none" };
  const assets = assetSchedule(written);
  if (assets) return assets;
  if (typeof written !== "string") throw new Error("normalise called on an invalid schedule");
  const parsed = parseSchedule(written.trim());
  if (!parsed.ok) throw new Error(`normalise called on an invalid schedule: ${written}`);
  return parsed.expression === "@once" ? { kind: "once" } : { kind: "cron", expression: parsed.expression, written };
}

function normaliseTask(
  taskId: string,
  sourceTask: string,
  matrixValue: string | undefined,
  task: RawTask,
  defaults: RawTaskSettings,
  project: string,
): NormalisedTask {
  const pick = <K extends keyof RawTaskSettings>(key: K): RawTaskSettings[K] => (task[key] !== undefined ? task[key] : defaults[key]);
  const resources = { ...defaults.resources, ...task.resources };
  const normalised: NormalisedTask = {
    taskId,
    sourceTask,
    image: imageSource(pick("image"), project),
    env: mergeMaps(defaults.env, task.env).map(([key, value]) => [key, substitute(value, matrixValue)]),
    secrets: mergeSecrets(defaults.secrets, task.secrets),
    labels: mergeMaps(defaults.labels, task.labels),
    startupTimeoutSeconds: duration(pick("startup_timeout")) ?? DEFAULT_STARTUP_TIMEOUT_SECONDS,
    pod: normalisePod(task, defaults),
  };
  if (matrixValue !== undefined) normalised.matrixValue = matrixValue;
  if (task.command) normalised.command = task.command.map((part) => substitute(part, matrixValue));
  if (task.args) normalised.args = task.args.map((part) => substitute(part, matrixValue));
  if (Object.keys(resources).length > 0) {
    normalised.resources = {};
    if (resources.cpu !== undefined) normalised.resources.cpu = String(resources.cpu);
    if (resources.memory !== undefined) normalised.resources.memory = resources.memory;
    if (resources.ephemeral_storage !== undefined) normalised.resources.ephemeralStorage = resources.ephemeral_storage;
  }
  const retries = pick("retries");
  if (retries !== undefined) normalised.retries = retries;
  const retryDelay = duration(pick("retry_delay"));
  if (retryDelay !== undefined) normalised.retryDelaySeconds = retryDelay;
  const timeout = duration(pick("timeout"));
  if (timeout !== undefined) normalised.timeoutSeconds = timeout;
  const triggerRule = pick("trigger_rule");
  if (triggerRule !== undefined) normalised.triggerRule = triggerRule;
  const pool = pick("pool");
  if (pool !== undefined) normalised.pool = pool;
  const priorityWeight = pick("priority_weight");
  if (priorityWeight !== undefined) normalised.priorityWeight = priorityWeight;
  const email = pick("email");
  if (email !== undefined) normalised.email = [...email];
  const emailOnRetry = pick("email_on_retry");
  if (emailOnRetry !== undefined) normalised.emailOnRetry = emailOnRetry;
  const namespace = pick("namespace");
  if (namespace !== undefined) normalised.namespace = namespace;
  if (defaults.node_selector !== undefined || task.node_selector !== undefined) normalised.nodeSelector = mergeMaps(defaults.node_selector, task.node_selector);
  const affinity = pick("affinity");
  if (affinity !== undefined) normalised.affinity = affinity;
  const sidecars = pick("sidecars");
  if (sidecars !== undefined) normalised.sidecars = sidecars;
  Object.assign(
    normalised,
    taskGraphKeys(task, defaults, (text) => substitute(text, matrixValue)),
  );
  return normalised;
}

/**
 * Turn a validated dag.yaml into the renderer's model: defaults merged into every task
 * (maps key by key, secrets by variable name), durations in seconds, presets as cron,
 * the matrix expanded (`${matrix}` substituted) and depends_on turned into edges.
 * Pure: call only on a document without validation errors.
 */
export function normaliseSpec(spec: RawSpec, project: string, sourceFile: string): NormalisedDag {
  const defaults = spec.defaults ?? {};
  const expanded = expandTaskIds(spec.tasks);
  const instances = new Map<string, string[]>();
  for (const [taskId, sourceTask] of expanded) {
    const ids = instances.get(sourceTask);
    if (ids) ids.push(taskId);
    else instances.set(sourceTask, [taskId]);
  }

  const tasks = expanded.map(([taskId, sourceTask, matrixValue]) =>
    normaliseTask(taskId, sourceTask, matrixValue, spec.tasks[sourceTask] as RawTask, defaults, project),
  );
  const edges: NormalisedDag["edges"] = [];
  for (const task of tasks) {
    for (const upstreamName of spec.tasks[task.sourceTask]?.depends_on ?? []) {
      for (const upstream of instances.get(upstreamName) ?? []) edges.push({ upstream, downstream: task.taskId });
    }
  }
  const dag: NormalisedDag = {
    dagId: spec.dag_id ?? snakeCase(project),
    project,
    sourceFile,
    schedule: scheduleOf(spec.schedule),
    timezone: spec.timezone ?? "UTC",
    catchup: spec.catchup ?? false,
    tags: [...(spec.tags ?? [])],
    params: Object.entries(spec.params ?? {}).map(([name, raw]) => normaliseParam(name, raw)),
    tasks,
    edges,
  };
  if (spec.description !== undefined) dag.description = spec.description;
  const start = spec.start_date === undefined ? undefined : parseLocalDateTime(spec.start_date);
  if (start) dag.startDate = start;
  if (spec.max_active_runs !== undefined) dag.maxActiveRuns = spec.max_active_runs;
  if (spec.max_active_tasks !== undefined) dag.maxActiveTasks = spec.max_active_tasks;
  if (spec.owner !== undefined) dag.owner = spec.owner;
  Object.assign(dag, dagLevelKeys(spec));
  return dag;
}
