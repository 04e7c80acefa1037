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
}

export interface RawTask extends RawTaskSettings {
  command?: string[];
  args?: string[];
  depends_on?: string[];
  matrix?: (string | number)[];
}

export interface RawSpec {
  dag_id?: string;
  description?: string;
  schedule?: string | null;
  start_date?: string;
  timezone?: string;
  catchup?: boolean;
  max_active_runs?: number;
  max_active_tasks?: number;
  tags?: string[];
  owner?: string;
  defaults?: RawTaskSettings;
  tasks: Record<string, RawTask>;
}
