import type { Problem } from "../errors.js";
import type { RawSecret, RawSidecar } from "./types.js";

/** Where a task's image comes from: a project of this repository, or a fixed reference. */
export type ImageSource = { kind: "project"; project: string } | { kind: "reference"; reference: string };

export type Schedule =
  | { kind: "none" }
  | { kind: "once" }
  | { kind: "cron"; expression: string; written: string }
  /** Run when every asset (`all`) or any asset (`any`) was updated; URIs normalised, in order. */
  | { kind: "assets"; mode: "all" | "any"; uris: string[] };

/** A calendar date-time as written in dag.yaml, interpreted in the DAG's timezone. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** A declared run parameter (`params:`), in declaration order. */
export interface NormalisedParam {
  name: string;
  type?: "string" | "integer" | "number" | "boolean" | "array" | "object" | "null";
  /** Absent when dag.yaml gives none: a manual trigger must then supply the value. */
  default?: unknown;
  hasDefault: boolean;
  description?: string;
  title?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

/** One notification: email (smtp provider), Slack (Slack provider) or a callable by dotted path. */
export type Notifier =
  | { kind: "email"; to: string[]; subject?: string; htmlContent?: string; fromEmail?: string; connection?: string }
  | { kind: "slack"; connection: string; channel?: string; text?: string }
  | { kind: "callback"; path: string };

/** The events a DAG run notifies on (once per run). Empty lists are omitted. */
export interface DagNotify {
  onFailure?: Notifier[];
  onSuccess?: Notifier[];
}

/** The events a task instance notifies on. Empty lists are omitted. */
export interface TaskNotify extends DagNotify {
  onRetry?: Notifier[];
}

/** One KubernetesPodOperator task with defaults merged and the matrix expanded. */
export interface NormalisedTask {
  taskId: string;
  /** The key in dag.yaml this task came from (differs from taskId for matrix tasks). */
  sourceTask: string;
  matrixValue?: string;
  image: ImageSource;
  command?: string[];
  args?: string[];
  env: [string, string][];
  secrets: RawSecret[];
  resources?: { cpu?: string; memory?: string; ephemeralStorage?: string };
  retries?: number;
  retryDelaySeconds?: number;
  timeoutSeconds?: number;
  startupTimeoutSeconds: number;
  triggerRule?: string;
  pool?: string;
  priorityWeight?: number;
  labels: [string, string][];
  email?: string[];
  emailOnRetry?: boolean;
  namespace?: string;
  nodeSelector?: [string, string][];
  affinity?: Record<string, unknown>;
  sidecars?: RawSidecar[];
  /** Per-event notifications, defaults merged event by event. */
  notify?: TaskNotify;
  /** Assets the task updates, URIs normalised. */
  outlets?: string[];
  /** TaskGroup path, outermost first (`ingest.raw` -> ["ingest", "raw"]). */
  group?: string[];
  /** Pod identity, placement, volumes and lifecycle (src/dagfile/normalise-pod.ts). */
  pod: PodSettings;
}

/** A Kubernetes toleration as written (V1Toleration); absent fields stay absent. */
export interface PodToleration {
  key?: string;
  operator?: "Equal" | "Exists";
  value?: string;
  effect?: "NoSchedule" | "PreferNoSchedule" | "NoExecute";
  tolerationSeconds?: number;
}

/** Where a volume's files come from: exactly one source per volume. */
export type PodVolumeSource =
  | { kind: "secret"; secretName: string }
  | { kind: "config_map"; configMapName: string }
  | { kind: "empty_dir"; sizeLimit?: string; medium?: "Memory" };

/** One volume of the pod and its mount in the task's container. */
export interface PodVolume {
  /** Unique in the pod, a DNS label: as written, or derived from the source. */
  name: string;
  source: PodVolumeSource;
  mountPath: string;
  readOnly: boolean;
}

/** The pod-level settings of one task, defaults merged. */
export interface PodSettings {
  serviceAccount?: string;
  tolerations: PodToleration[];
  annotations: [string, string][];
  /** ConfigMaps whose keys become environment variables, in order (a later one wins a clash). */
  configMaps: string[];
  volumes: PodVolume[];
  /** Absent when dag.yaml does not say: the operator's own default (no XCom push) applies. */
  xcom?: boolean;
  /** Absent when dag.yaml does not say: Airflow's `[operators] default_deferrable` applies. */
  deferrable?: boolean;
  onFinish: "delete_pod" | "delete_succeeded_pod" | "keep_pod";
  imagePullPolicy: "IfNotPresent" | "Always" | "Never";
}

/** A dag.yaml after validation and normalisation: everything the renderer needs, nothing more. */
export interface NormalisedDag {
  dagId: string;
  project: string;
  /** The dag.yaml path as named in the generated header. */
  sourceFile: string;
  description?: string;
  schedule: Schedule;
  startDate?: LocalDateTime;
  timezone: string;
  catchup: boolean;
  maxActiveRuns?: number;
  maxActiveTasks?: number;
  tags: string[];
  owner?: string;
  /** Run parameters, `{{ params.NAME }}` in templates. */
  params: NormalisedParam[];
  endDate?: LocalDateTime;
  dagrunTimeoutSeconds?: number;
  /** `doc:` as written: a Markdown file relative to dag.yaml, read by the pipeline (not a pure phase). */
  docFile?: string;
  /** The Markdown of `docFile`, once the pipeline has read it (see attachDoc). */
  docMarkdown?: string;
  /** DAG-level notifications (once per run). */
  notify?: DagNotify;
  tasks: NormalisedTask[];
  /** upstream >> downstream, in a stable order. */
  edges: { upstream: string; downstream: string }[];
}

/** The outcome of the spec pipeline for one dag.yaml: a DAG model, or every problem found. */
export type SpecResult = { ok: true; dag: NormalisedDag; problems: Problem[] } | { ok: false; problems: Problem[] };

/** Pod start-up allowance when dag.yaml names none: GKE Autopilot may take minutes to add a node. */
export const DEFAULT_STARTUP_TIMEOUT_SECONDS = 300;

/** Projects whose images a DAG's tasks run (its own included when a task uses it), in task order. */
export function imageProjects(dag: NormalisedDag): string[] {
  return [...new Set(dag.tasks.flatMap((task) => (task.image.kind === "project" ? [task.image.project] : [])))];
}
