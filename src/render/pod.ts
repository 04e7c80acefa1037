import type { PodSettings, PodToleration, PodVolume } from "../dagfile/model.js";
import { PyCall, type PyValue } from "./python.js";

/*
 * KubernetesPodOperator.__init__ keywords of the pod settings, read in the provider's source
 * (airflow/providers/cncf/kubernetes/operators/pod.py) at 6.x, 7.4, 7.5, 8.x-9.x and 10.12:
 * - service_account_name: str, tolerations: list[V1Toleration], annotations: dict,
 *   env_from: list[V1EnvFromSource], volumes: list[V1Volume], volume_mounts: list[V1VolumeMount],
 *   image_pull_policy: str, get_logs: bool, log_events_on_failure: bool (default False) and
 *   do_xcom_push: bool (default False) have the same names and types in all of them, so every
 *   profile renders the same keywords.
 * - deferrable: bool since 5.2; from 7.2 its default is Airflow's `[operators] default_deferrable`,
 *   so it is written only when dag.yaml says.
 * - on_finish_action: "delete_pod" | "delete_succeeded_pod" | "keep_pod" from 7.2 (changelog:
 *   "Add 'on_finish_action' to 'KubernetesPodOperator'"); is_delete_operator_pod, which it
 *   replaced, is deprecated from 7.2 and ignored from 10.0. So the Airflow 2 profile needs
 *   cncf.kubernetes 7.2 or later.
 * - log_events_on_failure logs the pod's events when the pod fails to start (7.x-10.x); 10.8 and
 *   later also log the container states.
 * - annotations are a templated field from 7.10 (Jinja in a value is rendered there, passed
 *   verbatim by 7.2-7.9); volume names, ConfigMap names and env_from are templated in some of
 *   these versions, but dag.yaml admits only Kubernetes names there, which cannot hold Jinja.
 */

const toleration = (item: PodToleration): PyCall => {
  const keywords: [string, PyValue][] = [];
  if (item.key !== undefined) keywords.push(["key", item.key]);
  if (item.operator !== undefined) keywords.push(["operator", item.operator]);
  if (item.value !== undefined) keywords.push(["value", item.value]);
  if (item.effect !== undefined) keywords.push(["effect", item.effect]);
  if (item.tolerationSeconds !== undefined) keywords.push(["toleration_seconds", item.tolerationSeconds]);
  return new PyCall("k8s.V1Toleration", keywords);
};

const volume = ({ name, source }: PodVolume): PyCall => {
  switch (source.kind) {
    case "secret":
      return new PyCall("k8s.V1Volume", [
        ["name", name],
        ["secret", new PyCall("k8s.V1SecretVolumeSource", [["secret_name", source.secretName]])],
      ]);
    case "config_map":
      return new PyCall("k8s.V1Volume", [
        ["name", name],
        ["config_map", new PyCall("k8s.V1ConfigMapVolumeSource", [["name", source.configMapName]])],
      ]);
    case "empty_dir": {
      const keywords: [string, PyValue][] = [];
      if (source.medium !== undefined) keywords.push(["medium", source.medium]);
      if (source.sizeLimit !== undefined) keywords.push(["size_limit", source.sizeLimit]);
      return new PyCall("k8s.V1Volume", [
        ["name", name],
        ["empty_dir", new PyCall("k8s.V1EmptyDirVolumeSource", keywords)],
      ]);
    }
  }
};

const volumeMount = ({ name, mountPath, readOnly }: PodVolume): PyCall =>
  new PyCall("k8s.V1VolumeMount", [
    ["name", name],
    ["mount_path", mountPath],
    ["read_only", readOnly],
  ]);

const configMapSource = (name: string): PyCall =>
  new PyCall("k8s.V1EnvFromSource", [["config_map_ref", new PyCall("k8s.V1ConfigMapEnvSource", [["name", name]])]]);

/** Whether the keywords of these settings call `kubernetes.client.models` (imported as `k8s`). */
export function usesKubernetesModels(pod: PodSettings): boolean {
  return pod.tolerations.length > 0 || pod.configMaps.length > 0 || pod.volumes.length > 0;
}

/**
 * The operator keywords of a task's pod settings, the same in every profile. Every pod logs
 * its events when it fails to start (`log_events_on_failure=True`).
 */
export function podKeywords(pod: PodSettings): [string, PyValue][] {
  const keywords: [string, PyValue][] = [];
  if (pod.serviceAccount !== undefined) keywords.push(["service_account_name", pod.serviceAccount]);
  if (pod.tolerations.length > 0) keywords.push(["tolerations", pod.tolerations.map(toleration)]);
  if (pod.annotations.length > 0) keywords.push(["annotations", new Map<string, PyValue>(pod.annotations)]);
  if (pod.configMaps.length > 0) keywords.push(["env_from", pod.configMaps.map(configMapSource)]);
  if (pod.volumes.length > 0) {
    keywords.push(["volumes", pod.volumes.map(volume)]);
    keywords.push(["volume_mounts", pod.volumes.map(volumeMount)]);
  }
  keywords.push(["image_pull_policy", pod.imagePullPolicy]);
  keywords.push(["get_logs", true]);
  keywords.push(["on_finish_action", pod.onFinish]);
  keywords.push(["log_events_on_failure", true]);
  if (pod.xcom !== undefined) keywords.push(["do_xcom_push", pod.xcom]);
  if (pod.deferrable !== undefined) keywords.push(["deferrable", pod.deferrable]);
  return keywords;
}
