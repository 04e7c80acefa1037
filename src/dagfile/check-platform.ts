import type { Problem } from "../errors.js";
import { COMPOSER_NAMESPACE, type Profile } from "../profile.js";
import { byteCount, cpuCores, isByteQuantity, isCpuQuantity } from "./quantity.js";
import { describePath, problemAt, type SourceDocument, type ValuePath } from "./source.js";
import { isRecord, type Json } from "./json.js";

/**
 * What each platform allows a KubernetesPodOperator pod, as its documentation says. Every
 * rule names its page; README.md "Platform rules" lists them all.
 */
export const PLATFORM_PAGES = {
  /** "Before you begin": namespace, sidecars, Secrets/ConfigMaps, custom workloads, resources, affinity. */
  composer3Pods: "https://cloud.google.com/composer/docs/composer-3/use-kubernetes-pod-operator",
  /** "Before you begin": "Pod affinity configuration is not available in Cloud Composer 2." */
  composer2Pods: "https://cloud.google.com/composer/docs/composer-2/use-kubernetes-pod-operator",
  /** "Environment's cluster is an Autopilot mode VPC-native Google Kubernetes Engine cluster." */
  composer2Cluster: "https://cloud.google.com/composer/docs/composer-2/environment-architecture",
  /** Requests above the maximum are rejected; a CPU:memory ratio outside the range is raised. */
  autopilotResources: "https://cloud.google.com/kubernetes-engine/docs/concepts/autopilot-resource-requests",
  composer3Deferrable: "https://cloud.google.com/composer/docs/composer-3/use-deferrable-operators",
  composer2Deferrable: "https://cloud.google.com/composer/docs/composer-2/use-deferrable-operators",
  airflowDeferrable: "https://airflow.apache.org/docs/apache-airflow/stable/authoring-and-scheduling/deferring.html",
} as const;

/**
 * GKE Autopilot's maximum requests for one pod of the default (general-purpose) compute class,
 * and its CPU:memory range (1 vCPU to 1-6.5 GiB). Autopilot rejects a pod above a maximum and
 * raises the smaller of CPU and memory when the ratio is outside the range.
 */
export const AUTOPILOT = { maxCpu: 30, maxMemoryGi: 110, maxEphemeralGi: 10, minGiPerCpu: 1, maxGiPerCpu: 6.5 } as const;
const GI = 2 ** 30;

type At = (path: ValuePath, message: string, options?: { anchor?: "key" | "value"; severity?: Problem["severity"] }) => void;

const formatCpu = (cores: number) => `${Number(cores.toFixed(3))} vCPU`;
const formatGi = (gi: number) => `${Number(gi.toFixed(2))}Gi`;

function composer3Rules(settings: Json, path: ValuePath, at: At): void {
  const see = `See ${PLATFORM_PAGES.composer3Pods}`;
  const elsewhere = "or render for Composer 2 (--composer 2) or plain Kubernetes (--composer none).";
  if ("namespace" in settings)
    at([...path, "namespace"], `namespace is not allowed on Composer 3: pods always run in ${COMPOSER_NAMESPACE}. Remove it, ${elsewhere} ${see}`, {
      anchor: "key",
    });
  if ("sidecars" in settings) {
    at(
      [...path, "sidecars"],
      `sidecars are not allowed on Composer 3: the only extra container it runs is KubernetesPodOperator's own airflow-xcom-sidecar (xcom: true). Remove them, ${elsewhere} ${see}`,
      { anchor: "key" },
    );
  }
  const account = settings["service_account"];
  if (typeof account === "string" && account !== "default") {
    at(
      [...path, "service_account"],
      `service_account is not allowed on Composer 3: only Secrets and ConfigMaps can be created in ${COMPOSER_NAMESPACE}, so no service account "${account}" can exist there; pods there run as its default account, which has access to the project's resources without further configuration. Remove it, ${elsewhere} ${see}`,
      { anchor: "key" },
    );
  }
}

/** Autopilot limits for the effective resources of one pod; located where each value is written. */
function autopilotRules(resources: Json, written: (field: string) => ValuePath, task: string, profile: Profile, at: At): void {
  const platform =
    profile.platform === "composer-2"
      ? `Composer 2 runs KubernetesPodOperator pods on its environment's GKE Autopilot cluster (${PLATFORM_PAGES.composer2Cluster})`
      : `Composer 3 accepts only the resource values GKE Autopilot supports (${PLATFORM_PAGES.composer3Pods})`;
  const see = `See ${PLATFORM_PAGES.autopilotResources}`;
  const cpu = resources["cpu"];
  const cores = (typeof cpu === "string" || typeof cpu === "number") && isCpuQuantity(cpu) ? cpuCores(cpu) : undefined;
  const memory = resources["memory"];
  const memoryGi = typeof memory === "string" && isByteQuantity(memory) ? byteCount(memory) / GI : undefined;
  const storage = resources["ephemeral_storage"];
  const storageGi = typeof storage === "string" && isByteQuantity(storage) ? byteCount(storage) / GI : undefined;
  const over = (field: string, what: string, limit: string) =>
    at(
      written(field),
      `${describePath(written(field))}: ${what} is more than GKE Autopilot schedules for one general-purpose pod (at most ${limit}), and ${platform}: the pod would be rejected. Request at most ${limit}, or render for plain Kubernetes (--composer none). ${see}`,
    );
  if (cores !== undefined && cores > AUTOPILOT.maxCpu) over("cpu", formatCpu(cores), formatCpu(AUTOPILOT.maxCpu));
  if (memoryGi !== undefined && memoryGi > AUTOPILOT.maxMemoryGi) over("memory", String(memory), `${AUTOPILOT.maxMemoryGi}Gi`);
  if (storageGi !== undefined && storageGi > AUTOPILOT.maxEphemeralGi) over("ephemeral_storage", String(storage), `${AUTOPILOT.maxEphemeralGi}Gi`);
  if (cores === undefined || memoryGi === undefined || cores > AUTOPILOT.maxCpu || memoryGi > AUTOPILOT.maxMemoryGi) return;
  const ratio = memoryGi / cores;
  if (ratio >= AUTOPILOT.minGiPerCpu && ratio <= AUTOPILOT.maxGiPerCpu) return;
  const raise =
    ratio < AUTOPILOT.minGiPerCpu ? `memory to ${formatGi(cores * AUTOPILOT.minGiPerCpu)}` : `CPU to ${formatCpu(memoryGi / AUTOPILOT.maxGiPerCpu)}`;
  const fix = `memory between ${formatGi(cores * AUTOPILOT.minGiPerCpu)} and ${formatGi(cores * AUTOPILOT.maxGiPerCpu)} for ${formatCpu(cores)}`;
  at(
    written(ratio < AUTOPILOT.minGiPerCpu ? "memory" : "cpu"),
    `${describePath(["tasks", task, "resources"])}: ${formatCpu(cores)} with ${String(memory)} of memory is outside GKE Autopilot's CPU:memory range for general-purpose pods (1 vCPU to ${AUTOPILOT.minGiPerCpu}-${AUTOPILOT.maxGiPerCpu} GiB), so Autopilot raises ${raise} and bills for it. Request ${fix}. ${see}`,
    { severity: "warning" },
  );
}

function deferrableRule(settings: Json, path: ValuePath, profile: Profile, at: At): void {
  if (settings["deferrable"] !== true) return;
  const where = describePath([...path, "deferrable"]);
  const needs = `${where}: the pod is awaited in Airflow's triggerer, so`;
  if (profile.platform === "kubernetes") {
    at(
      [...path, "deferrable"],
      `${needs} the Airflow deployment must run a triggerer (airflow triggerer), or the task stays deferred until it times out. See ${PLATFORM_PAGES.airflowDeferrable}`,
      { severity: "warning" },
    );
    return;
  }
  const page = profile.platform === "composer-2" ? PLATFORM_PAGES.composer2Deferrable : PLATFORM_PAGES.composer3Deferrable;
  at(
    [...path, "deferrable"],
    `${needs} the environment needs at least one triggerer (two in highly resilient environments), or the task stays deferred until it times out. Enable one with: gcloud composer environments update ENVIRONMENT --location LOCATION --triggerer-count 1. See ${page}`,
    { severity: "warning" },
  );
}

/**
 * The rules of the profile's platform for `defaults:` and every task: what Composer 2 and 3
 * forbid or limit, and what needs a component (a triggerer) the platform may not run.
 */
export function platformProblems(source: SourceDocument, spec: Json, profile: Profile): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const at: At = (path, message, options = {}) => {
    const problem = problemAt(source, path, message, options);
    const key = `${problem.line}:${problem.column}:${message}`;
    if (!seen.has(key)) problems.push(problem);
    seen.add(key);
  };
  const defaults = isRecord(spec["defaults"]) ? spec["defaults"] : {};
  const tasks = isRecord(spec["tasks"]) ? spec["tasks"] : {};
  const blocks: [Json, ValuePath][] = [
    [defaults, ["defaults"]],
    ...Object.entries(tasks)
      .filter((entry): entry is [string, Json] => isRecord(entry[1]))
      .map(([name, task]): [Json, ValuePath] => [task, ["tasks", name]]),
  ];
  for (const [settings, path] of blocks) {
    if (profile.platform === "composer-3") composer3Rules(settings, path, at);
    if (profile.platform !== "kubernetes" && "affinity" in settings) {
      const page = profile.platform === "composer-2" ? PLATFORM_PAGES.composer2Pods : PLATFORM_PAGES.composer3Pods;
      const name = profile.platform === "composer-2" ? "Composer 2" : "Composer 3";
      at(
        [...path, "affinity"],
        `affinity is not allowed on ${name}: pod affinity cannot be configured for its environment's cluster. Remove it, or render for plain Kubernetes (--composer none), or start the pod in another cluster with GKEStartPodOperator. See ${page}`,
        { anchor: "key" },
      );
    }
    deferrableRule(settings, path, profile, at);
  }
  if (profile.platform === "kubernetes") return problems;
  const defaultResources = isRecord(defaults["resources"]) ? defaults["resources"] : {};
  for (const [name, task] of Object.entries(tasks)) {
    const own = isRecord(task) && isRecord(task["resources"]) ? task["resources"] : {};
    const written = (field: string): ValuePath => (field in own ? ["tasks", name, "resources", field] : ["defaults", "resources", field]);
    autopilotRules({ ...defaultResources, ...own }, written, name, profile, at);
  }
  return problems;
}
