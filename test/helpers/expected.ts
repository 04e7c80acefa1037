import type { Profile } from "../../src/profile.js";
import type { NormalisedDag, NormalisedTask } from "../../src/dagfile/model.js";
import type { PyJson } from "./python.js";

const call = (name: string, kwargs: Record<string, PyJson>, args: PyJson[] = []): PyJson => ({ __call__: name, args, kwargs });
const seconds = (value: number): PyJson => call("datetime.timedelta", { seconds: value });

/**
 * What the KubernetesPodOperator keywords must say for a task, written from the spec's meaning
 * (and Composer's documented settings), independently of the renderer's code.
 */
export function expectedTaskKeywords(dag: NormalisedDag, task: NormalisedTask, profile: Profile, image: string): Record<string, PyJson> {
  const expected: Record<string, PyJson> = { task_id: task.taskId, image };
  if (task.command) expected["cmds"] = task.command;
  if (task.args) expected["arguments"] = task.args;
  if (task.env.length > 0) expected["env_vars"] = Object.fromEntries(task.env);
  if (task.secrets.length > 0) {
    expected["secrets"] = task.secrets.map((secret) =>
      call("Secret", { deploy_type: "env", deploy_target: secret.env, secret: secret.secret, key: secret.key }),
    );
  }
  if (task.resources) {
    const amounts: Record<string, PyJson> = {};
    if (task.resources.cpu) amounts["cpu"] = task.resources.cpu;
    if (task.resources.memory) amounts["memory"] = task.resources.memory;
    if (task.resources.ephemeralStorage) amounts["ephemeral-storage"] = task.resources.ephemeralStorage;
    expected["container_resources"] = call("k8s.V1ResourceRequirements", { requests: amounts, limits: amounts });
  }
  if (profile.platform === "composer-3") expected["namespace"] = "composer-user-workloads";
  else if (profile.platform === "composer-2") expected["namespace"] = task.namespace ?? "composer-user-workloads";
  else expected["namespace"] = task.namespace ?? profile.defaultNamespace;
  if (profile.platform !== "kubernetes") {
    expected["config_file"] = "/home/airflow/composer_kube_config";
    expected["kubernetes_conn_id"] = "kubernetes_default";
  }
  expected["startup_timeout_seconds"] = task.startupTimeoutSeconds;
  if (task.retries !== undefined) expected["retries"] = task.retries;
  if (task.retryDelaySeconds !== undefined) expected["retry_delay"] = seconds(task.retryDelaySeconds);
  if (task.timeoutSeconds !== undefined) expected["execution_timeout"] = seconds(task.timeoutSeconds);
  if (task.triggerRule !== undefined) expected["trigger_rule"] = task.triggerRule;
  if (task.pool !== undefined) expected["pool"] = task.pool;
  if (task.priorityWeight !== undefined) expected["priority_weight"] = task.priorityWeight;
  if (dag.owner !== undefined) expected["owner"] = dag.owner;
  if (task.email) {
    expected["email"] = task.email;
    expected["email_on_failure"] = true;
    expected["email_on_retry"] = task.emailOnRetry ?? false;
  }
  if (task.nodeSelector) expected["node_selector"] = Object.fromEntries(task.nodeSelector);
  if (task.affinity) expected["affinity"] = task.affinity as PyJson;
  return expected;
}

/** Keywords every profile forbids: removed in provider 10 or renamed in Airflow 2.4+. */
export const FORBIDDEN_KEYWORDS = ["is_delete_operator_pod", "resources", "schedule_interval", "in_cluster"];
