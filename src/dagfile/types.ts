/** dag.yaml as written, after it passed the JSON Schema (schema/dag.schema.json). */
export interface RawResources {
  cpu?: string | number;
  memory?: string;
  ephemeral_storage?: string;
}

export interface RawSecret {
  env: string;
  secret: string;
  key: string;
}

export interface RawSidecar {
  name: string;
  image: string;
  command?: string[];
  args?: string[];
}

/** One notification (exactly one key, per the schema). */
export interface RawNotifier {
  email?: string[] | { to: string[]; subject?: string; html_content?: string; from_email?: string; connection?: string };
  slack?: { connection: string; channel?: string; text?: string };
  callback?: string;
}

/** DAG-level notifications: once per run. */
export interface RawDagNotify {
  on_failure?: RawNotifier[];
  on_success?: RawNotifier[];
}

/** Task-level notifications: per task instance. */
export interface RawTaskNotify extends RawDagNotify {
  on_retry?: RawNotifier[];
}

export interface RawToleration {
  key?: string;
  operator?: "Equal" | "Exists";
  value?: string;
  effect?: "NoSchedule" | "PreferNoSchedule" | "NoExecute";
  toleration_seconds?: number;
}

export interface RawVolume {
  secret?: string;
  config_map?: string;
  empty_dir?: { size_limit?: string; medium?: "Memory" };
  mount: string;
  read_only?: boolean;
  name?: string;
}

/** A run parameter, Airflow's Param(default, type=...). */
export interface RawParam {
  type?: "string" | "integer" | "number" | "boolean" | "array" | "object" | "null";
  default?: unknown;
  description?: string;
  title?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  min_length?: number;
  max_length?: number;
  pattern?: string;
}

export interface RawTaskSettings {
  image?: string;
  retries?: number;
  retry_delay?: string;
  timeout?: string;
  startup_timeout?: string;
  resources?: RawResources;
  env?: Record<string, string>;
  secrets?: RawSecret[];
  trigger_rule?: string;
  pool?: string;
  priority_weight?: number;
  labels?: Record<string, string>;
  email?: string[];
  email_on_retry?: boolean;
  namespace?: string;
  node_selector?: Record<string, string>;
  affinity?: Record<string, unknown>;
  sidecars?: RawSidecar[];
  notify?: RawTaskNotify;
  service_account?: string;
  tolerations?: RawToleration[];
  annotations?: Record<string, string>;
  config_maps?: string[];
  volumes?: RawVolume[];
  xcom?: boolean;
  deferrable?: boolean;
  on_finish?: "delete_pod" | "delete_succeeded_pod" | "keep_pod";
  image_pull_policy?: "IfNotPresent" | "Always" | "Never";
}

export interface RawTask extends RawTaskSettings {
  command?: string[];
  args?: string[];
  depends_on?: string[];
  matrix?: (string | number)[];
  group?: string;
  outlets?: string[];
}

/** `schedule:` as written: cron or preset, null (manual), or asset-driven. */
export type RawSchedule = string | null | { assets?: string[]; assets_any?: string[] };

export interface RawSpec {
  dag_id?: string;
  description?: string;
  schedule?: RawSchedule;
  start_date?: string;
  end_date?: string;
  timezone?: string;
  catchup?: boolean;
  max_active_runs?: number;
  max_active_tasks?: number;
  tags?: string[];
  owner?: string;
  dagrun_timeout?: string;
  doc?: string;
  params?: Record<string, RawParam>;
  notify?: RawDagNotify;
  defaults?: RawTaskSettings;
  tasks: Record<string, RawTask>;
}
