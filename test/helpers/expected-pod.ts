import { expect } from "vitest";
import type { PyJson } from "./python.js";

/*
 * What a task's pod keywords must be, worked out from dag.yaml as written and the merge rules the
 * README states ("Pod settings"), not from the normaliser's code.
 */

type Json = Record<string, unknown>;
const call = (name: string, kwargs: Record<string, PyJson>): PyJson => ({ __call__: name, args: [], kwargs });
const record = (value: unknown): Json => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : {});
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

function tolerationCall(toleration: Json): PyJson {
  const kwargs: Record<string, PyJson> = {};
  for (const [field, keyword] of [
    ["key", "key"],
    ["operator", "operator"],
    ["value", "value"],
    ["effect", "effect"],
    ["toleration_seconds", "toleration_seconds"],
  ] as const) {
    if (field in toleration) kwargs[keyword] = toleration[field] as PyJson;
  }
  return call("k8s.V1Toleration", kwargs);
}

function sourceCall(volume: Json): [string, PyJson] {
  if ("secret" in volume) return ["secret", call("k8s.V1SecretVolumeSource", { secret_name: volume["secret"] as string })];
  if ("config_map" in volume) return ["config_map", call("k8s.V1ConfigMapVolumeSource", { name: volume["config_map"] as string })];
  return ["empty_dir", call("k8s.V1EmptyDirVolumeSource", record(volume["empty_dir"]) as Record<string, PyJson>)];
}

/**
 * Assert the pod keywords of the operator call for dag.yaml task `sourceTask` of `spec`
 * (the parsed dag.yaml): every key present exactly as the spec says, and absent when it says nothing.
 */
export function expectPodKeywords(kwargs: Record<string, PyJson>, spec: Json, sourceTask: string): void {
  const defaults = record(spec["defaults"]);
  const task = record(record(spec["tasks"])[sourceTask]);
  const pick = (key: string): unknown => (key in task ? task[key] : defaults[key]);
  const optional = (keyword: string, value: PyJson | undefined) => {
    if (value === undefined) expect(kwargs, keyword).not.toHaveProperty(keyword);
    else expect(kwargs[keyword], keyword).toEqual(value);
  };

  optional("service_account_name", pick("service_account") as string | undefined);
  const tolerations = list(pick("tolerations"));
  optional("tolerations", tolerations.length > 0 ? tolerations.map(tolerationCall) : undefined);
  const annotations = { ...record(defaults["annotations"]), ...record(task["annotations"]) } as Record<string, PyJson>;
  optional("annotations", Object.keys(annotations).length > 0 ? annotations : undefined);
  const taskMaps = (task["config_maps"] as string[] | undefined) ?? [];
  const configMaps = [...((defaults["config_maps"] as string[] | undefined) ?? []).filter((name) => !taskMaps.includes(name)), ...taskMaps];
  optional(
    "env_from",
    configMaps.length > 0 ? configMaps.map((name) => call("k8s.V1EnvFromSource", { config_map_ref: call("k8s.V1ConfigMapEnvSource", { name }) })) : undefined,
  );
  optional("do_xcom_push", pick("xcom") as boolean | undefined);
  optional("deferrable", pick("deferrable") as boolean | undefined);
  expect(kwargs["image_pull_policy"]).toBe((pick("image_pull_policy") as string | undefined) ?? "IfNotPresent");
  expect(kwargs["on_finish_action"]).toBe((pick("on_finish") as string | undefined) ?? "delete_pod");
  expect(kwargs["log_events_on_failure"]).toBe(true);
  expect(kwargs["get_logs"]).toBe(true);

  // Volumes by mount path without its trailing '/': the task's replaces the defaults' in place.
  const byMount = new Map<string, Json>();
  for (const volume of [...list(defaults["volumes"]), ...list(task["volumes"])]) byMount.set(String(volume["mount"]).replace(/(.)\/+$/, "$1"), volume);
  const volumes = [...byMount.values()];
  if (volumes.length === 0) {
    expect(kwargs).not.toHaveProperty("volumes");
    expect(kwargs).not.toHaveProperty("volume_mounts");
    return;
  }
  const rendered = kwargs["volumes"] as { kwargs: Record<string, PyJson> }[];
  const mounts = kwargs["volume_mounts"] as { __call__: string; kwargs: Record<string, PyJson> }[];
  expect(rendered).toHaveLength(volumes.length);
  expect(mounts).toHaveLength(volumes.length);
  const names = rendered.map((volume) => volume.kwargs["name"] as string);
  expect(new Set(names).size, "volume names are unique").toBe(names.length);
  expect(names).not.toContain("xcom");
  for (const [index, volume] of volumes.entries()) {
    const name = names[index] as string;
    expect(name).toMatch(DNS_LABEL);
    if ("name" in volume) expect(name).toBe(volume["name"]);
    const [field, source] = sourceCall(volume);
    expect(rendered[index]).toEqual(call("k8s.V1Volume", { name, [field]: source }));
    const readOnly = "read_only" in volume ? volume["read_only"] : field !== "empty_dir";
    expect(mounts[index]).toEqual(call("k8s.V1VolumeMount", { name, mount_path: volume["mount"] as string, read_only: readOnly as boolean }));
  }
}
