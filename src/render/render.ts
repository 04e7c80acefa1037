import { UserError } from "../errors.js";
import { profileName, type Profile } from "../profile.js";
import type { NormalisedDag, NormalisedTask } from "../dagfile/model.js";
import { assetImports, assetScheduleValue, outletsKeywords } from "./assets.js";
import { dagOptionKeywords } from "./dag-options.js";
import { groupImports, groupNames, groupStatements, taskGroupKeywords, type GroupNames } from "./groups.js";
import { fromImportLines, type ImportName } from "./imports.js";
import { NameAllocator } from "./names.js";
import { callbackAliases, notifyImports, notifyKeywords, type CallbackAliases } from "./notify.js";
import { paramsImports, paramsKeywords } from "./params.js";
import { podKeywords, usesKubernetesModels } from "./pod.js";
import { commentText, PyCall, pyCall, PyCode, pyLiteral, pyString, type PyValue } from "./python.js";
import { pendulumDateTime, timedelta } from "./time.js";

/** A pinned image for one project of the repository. */
export interface ProjectImage {
  /** `registry/project@sha256:...` (or any reference, for local use). */
  reference: string;
  /**
   * The image's content tag (`ctx-<hash>` of its build context), kept in a pod label. Never a
   * commit or release tag: those change with every commit and would rewrite every DAG file.
   */
  tag?: string;
}

/**
 * Everything the renderer needs; rendering is a pure function of it. There is deliberately no
 * commit here: a file's bytes change only when its own inputs do (dag.yaml, image digests, the
 * profile, dagship), so a commit touching another project rewrites nothing of this one. The
 * deploying commit is recorded in the destination's manifest instead.
 */
export interface RenderInput {
  dag: NormalisedDag;
  profile: Profile;
  /** Images of the repository's projects, by project name. */
  images: Readonly<Record<string, ProjectImage>>;
}

/** One generated file: `<dag_id>.py` and its bytes. */
export interface RenderedDag {
  fileName: string;
  dagId: string;
  content: string;
}

/** Kubernetes-safe pod name stem (KubernetesPodOperator appends a random suffix). */
export function podName(dagId: string, taskId: string): string {
  const stem = `${dagId}-${taskId}`
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
  return stem.slice(0, 50).replace(/-$/, "") || "task";
}

/** Label values must be at most 63 characters of [A-Za-z0-9-_.], alphanumeric at both ends. */
export function labelValue(text: string): string {
  return text
    .replace(/[^A-Za-z0-9-_.]+/g, "-")
    .slice(0, 63)
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, "");
}

/** Python variable names for task ids: identifiers, unique, never a keyword or an import. */
export function variableNames(taskIds: readonly string[], names = new NameAllocator()): Map<string, string> {
  return new Map(taskIds.map((taskId) => [taskId, names.claim(taskId)]));
}

/** Module-level names decided once per DAG, beyond the tasks': groups and callback aliases. */
interface DagPlan {
  groups: GroupNames;
  callbacks: CallbackAliases;
}

function imageFor(task: NormalisedTask, images: RenderInput["images"]): ProjectImage {
  if (task.image.kind === "reference") return { reference: task.image.reference };
  const image = images[task.image.project];
  if (!image) throw new UserError(`no image is known for project "${task.image.project}" (task "${task.taskId}"): build it, or pass --image`);
  return image;
}

function resources(task: NormalisedTask): PyCall | undefined {
  if (!task.resources) return undefined;
  const amounts = new Map<string, PyValue>();
  if (task.resources.cpu !== undefined) amounts.set("cpu", task.resources.cpu);
  if (task.resources.memory !== undefined) amounts.set("memory", task.resources.memory);
  if (task.resources.ephemeralStorage !== undefined) amounts.set("ephemeral-storage", task.resources.ephemeralStorage);
  // Requests equal limits: GKE Autopilot sets them equal anyway, and it keeps scheduling honest.
  return new PyCall("k8s.V1ResourceRequirements", [
    ["requests", amounts],
    ["limits", amounts],
  ]);
}

function sidecarPod(task: NormalisedTask): PyCall | undefined {
  if (!task.sidecars || task.sidecars.length === 0) return undefined;
  // KubernetesPodOperator merges its own container into the one named "base".
  const containers: PyValue[] = [new PyCall("k8s.V1Container", [["name", "base"]])];
  for (const sidecar of task.sidecars) {
    const keywords: [string, PyValue][] = [
      ["name", sidecar.name],
      ["image", sidecar.image],
    ];
    if (sidecar.command) keywords.push(["command", sidecar.command]);
    if (sidecar.args) keywords.push(["args", sidecar.args]);
    containers.push(new PyCall("k8s.V1Container", keywords));
  }
  return new PyCall("k8s.V1Pod", [["spec", new PyCall("k8s.V1PodSpec", [["containers", containers]])]]);
}

function operatorKeywords(input: RenderInput, task: NormalisedTask, plan: DagPlan): [string, PyValue][] {
  const { dag, profile } = input;
  const image = imageFor(task, input.images);
  const labels = new Map<string, PyValue>(task.labels);
  labels.set("app.kubernetes.io/managed-by", "dagship");
  labels.set("dagship.io/project", labelValue(dag.project));
  if (image.tag) labels.set("dagship.io/image-tag", labelValue(image.tag));

  const keywords: [string, PyValue][] = [
    ["task_id", task.taskId],
    ["name", podName(dag.dagId, task.taskId)],
    ["image", image.reference],
  ];
  if (task.command) keywords.push(["cmds", task.command]);
  if (task.args) keywords.push(["arguments", task.args]);
  if (task.env.length > 0) keywords.push(["env_vars", new Map<string, PyValue>(task.env)]);
  if (task.secrets.length > 0) {
    keywords.push([
      "secrets",
      task.secrets.map(
        (secret) =>
          new PyCall("Secret", [
            ["deploy_type", "env"],
            ["deploy_target", secret.env],
            ["secret", secret.secret],
            ["key", secret.key],
          ]),
      ),
    ]);
  }
  const containerResources = resources(task);
  if (containerResources) keywords.push(["container_resources", containerResources]);
  keywords.push(["labels", labels]);
  // Composer 3 runs every pod in its own namespace; elsewhere dag.yaml may choose.
  keywords.push(["namespace", profile.platform === "composer-3" ? profile.defaultNamespace : (task.namespace ?? profile.defaultNamespace)]);
  if (profile.platform !== "kubernetes") {
    keywords.push(["config_file", "/home/airflow/composer_kube_config"]);
    keywords.push(["kubernetes_conn_id", "kubernetes_default"]);
  }
  if (task.nodeSelector) keywords.push(["node_selector", new Map<string, PyValue>(task.nodeSelector)]);
  if (task.affinity) keywords.push(["affinity", task.affinity as PyValue]);
  const pod = sidecarPod(task);
  if (pod) keywords.push(["full_pod_spec", pod]);
  keywords.push(...podKeywords(task.pod));
  keywords.push(["startup_timeout_seconds", task.startupTimeoutSeconds]);
  if (task.retries !== undefined) keywords.push(["retries", task.retries]);
  if (task.retryDelaySeconds !== undefined) keywords.push(["retry_delay", timedelta(task.retryDelaySeconds)]);
  if (task.timeoutSeconds !== undefined) keywords.push(["execution_timeout", timedelta(task.timeoutSeconds)]);
  if (task.triggerRule !== undefined) keywords.push(["trigger_rule", task.triggerRule]);
  if (task.pool !== undefined) keywords.push(["pool", task.pool]);
  if (task.priorityWeight !== undefined) keywords.push(["priority_weight", task.priorityWeight]);
  if (dag.owner !== undefined) keywords.push(["owner", dag.owner]);
  if (task.email !== undefined) {
    keywords.push(["email", task.email]);
    keywords.push(["email_on_failure", true]);
    keywords.push(["email_on_retry", task.emailOnRetry ?? false]);
  }
  keywords.push(...outletsKeywords(task, profile), ...taskGroupKeywords(task, plan.groups), ...notifyKeywords(task.notify, "task", plan.callbacks));
  return keywords;
}

function scheduleExpression(dag: NormalisedDag, profile: Profile): PyValue {
  switch (dag.schedule.kind) {
    case "none":
      return null;
    case "once":
      return "@once";
    case "cron":
      // Pinned explicitly: Airflow 3 reads a bare cron string as a trigger timetable,
      // which would move {{ ds }} by one interval compared with Airflow 2.
      return new PyCode(`CronDataIntervalTimetable(${pyString(dag.schedule.expression)}, timezone=pendulum.timezone(${pyString(dag.timezone)}))`);
    case "assets":
      return assetScheduleValue(dag, profile);
  }
}

function dagKeywords(dag: NormalisedDag, profile: Profile, plan: DagPlan): [string, PyValue][] {
  const keywords: [string, PyValue][] = [["dag_id", dag.dagId]];
  if (dag.description !== undefined) keywords.push(["description", dag.description]);
  keywords.push(["schedule", scheduleExpression(dag, profile)]);
  if (dag.startDate) keywords.push(["start_date", pendulumDateTime(dag.startDate, dag.timezone)]);
  keywords.push(["catchup", dag.catchup]);
  if (dag.maxActiveRuns !== undefined) keywords.push(["max_active_runs", dag.maxActiveRuns]);
  if (dag.maxActiveTasks !== undefined) keywords.push(["max_active_tasks", dag.maxActiveTasks]);
  if (dag.tags.length > 0) keywords.push(["tags", dag.tags]);
  keywords.push(...dagOptionKeywords(dag), ...paramsKeywords(dag), ...notifyKeywords(dag.notify, "dag", plan.callbacks));
  return keywords;
}

/**
 * The file's imports, decided from the model (what the DAG uses), never by searching the
 * generated text, where a user's string could mention `k8s.` or `Secret(`.
 */
function importLines(dag: NormalisedDag, profile: Profile, plan: DagPlan): string[] {
  const usesTimedelta =
    dag.dagrunTimeoutSeconds !== undefined || dag.tasks.some((task) => task.retryDelaySeconds !== undefined || task.timeoutSeconds !== undefined);
  const usesPendulum = dag.schedule.kind === "cron" || dag.startDate !== undefined || dag.endDate !== undefined;
  const fromImports: ImportName[] = [
    { module: profile.airflow === 3 ? "airflow.sdk" : "airflow", name: "DAG" },
    { module: "airflow.providers.cncf.kubernetes.operators.pod", name: "KubernetesPodOperator" },
  ];
  if (dag.tasks.some((task) => task.secrets.length > 0)) fromImports.push({ module: "airflow.providers.cncf.kubernetes.secret", name: "Secret" });
  if (dag.schedule.kind === "cron") fromImports.push({ module: "airflow.timetables.interval", name: "CronDataIntervalTimetable" });
  if (dag.tasks.some((task) => task.resources !== undefined || (task.sidecars?.length ?? 0) > 0 || usesKubernetesModels(task.pod))) {
    fromImports.push({ module: "kubernetes.client", name: "models", alias: "k8s" });
  }
  fromImports.push(...paramsImports(dag, profile), ...assetImports(dag, profile), ...groupImports(dag, profile), ...notifyImports(dag, plan.callbacks));
  return [
    "from __future__ import annotations",
    ...(usesTimedelta ? ["", "import datetime"] : []),
    ...(usesPendulum ? ["", "import pendulum"] : []),
    "",
    ...fromImportLines(fromImports),
  ];
}

/**
 * Render one DAG file. Pure and deterministic: the same input gives the same bytes.
 * The file does nothing at import time but build the DAG, so Airflow parses it fast.
 */
export function renderDag(input: RenderInput): RenderedDag {
  const { dag, profile } = input;
  const body: string[] = [];
  const indent = "    ";
  const allocator = new NameAllocator();
  const names = variableNames(
    dag.tasks.map((task) => task.taskId),
    allocator,
  );
  const plan: DagPlan = { groups: groupNames(dag, allocator), callbacks: callbackAliases(dag, allocator) };
  const groups = groupStatements(plan.groups, indent);
  if (groups.length > 0) body.push(...groups, "");
  for (const task of dag.tasks) {
    body.push(`${indent}${names.get(task.taskId)} = ${pyCall("KubernetesPodOperator", operatorKeywords(input, task, plan), indent)}`);
    body.push("");
  }
  const upstreamOf = new Map<string, string[]>();
  for (const edge of dag.edges) upstreamOf.set(edge.downstream, [...(upstreamOf.get(edge.downstream) ?? []), edge.upstream]);
  for (const task of dag.tasks) {
    const upstream = (upstreamOf.get(task.taskId) ?? []).map((taskId) => names.get(taskId) ?? taskId);
    if (upstream.length === 1) body.push(`${indent}${upstream[0]} >> ${names.get(task.taskId)}`);
    else if (upstream.length > 1)
      body.push(
        `${indent}${pyLiteral(
          upstream.map((name) => new PyCode(name)),
          indent,
        )} >> ${names.get(task.taskId)}`,
      );
  }
  while (body[body.length - 1] === "") body.pop();

  const text = body.join("\n");
  const dagCode = pyCall("DAG", dagKeywords(dag, profile, plan));
  const imports = importLines(dag, profile, plan);

  const header = [
    `# ${commentText(dag.dagId)}.py -- generated by dagship, do not edit.`,
    `# Source: ${commentText(dag.sourceFile)}`,
    `# Profile: ${profileName(profile)}. Edit the dag.yaml and let dagship regenerate this file.`,
  ];
  const lines = [...header, ...imports, "", "", `with ${dagCode} as dag:`, text, ""];
  return { fileName: dagFileName(dag.dagId), dagId: dag.dagId, content: lines.join("\n") };
}

/** The file a DAG is rendered to, `<dag_id>.py`: known before rendering, for checks made before any build. */
export function dagFileName(dagId: string): string {
  return `${dagId}.py`;
}
