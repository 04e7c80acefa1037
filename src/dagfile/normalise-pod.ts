import type { PodSettings, PodToleration, PodVolume, PodVolumeSource } from "./model.js";
import type { RawTaskSettings, RawToleration, RawVolume } from "./types.js";

/**
 * How a task's pod settings combine with `defaults:` (the README's "Pod settings" and the
 * schema descriptions say the same):
 * - service_account, xcom, deferrable, on_finish, image_pull_policy: the task's value replaces.
 * - annotations: merged key by key, the task's value winning (as env and labels).
 * - config_maps: the defaults' names the task does not list, then the task's in its order. A later
 *   ConfigMap wins a key two of them set, so a task's ConfigMaps win over the defaults'.
 * - volumes: merged by mount path (a trailing '/' ignored): a task's volume at a path the
 *   defaults also mount replaces that one, in its place; other task volumes follow.
 * - tolerations: the task's list replaces the defaults' (`[]` for none). A toleration has no
 *   identity of its own (several may share key and effect), and a task that must keep off a
 *   node pool has to be able to drop the defaults' tolerations.
 */
export function normalisePod(task: RawTaskSettings, defaults: RawTaskSettings): PodSettings {
  const volumes = mergeVolumes(defaults.volumes, task.volumes);
  const names = volumeNames(volumes);
  const pod: PodSettings = {
    tolerations: (task.tolerations ?? defaults.tolerations ?? []).map(toleration),
    annotations: [...new Map([...Object.entries(defaults.annotations ?? {}), ...Object.entries(task.annotations ?? {})])],
    configMaps: mergeConfigMaps(defaults.config_maps, task.config_maps),
    volumes: volumes.map((volume, index) => podVolume(volume, names[index] as string)),
    onFinish: task.on_finish ?? defaults.on_finish ?? "delete_pod",
    imagePullPolicy: task.image_pull_policy ?? defaults.image_pull_policy ?? "IfNotPresent",
  };
  const serviceAccount = task.service_account ?? defaults.service_account;
  if (serviceAccount !== undefined) pod.serviceAccount = serviceAccount;
  const xcom = task.xcom ?? defaults.xcom;
  if (xcom !== undefined) pod.xcom = xcom;
  const deferrable = task.deferrable ?? defaults.deferrable;
  if (deferrable !== undefined) pod.deferrable = deferrable;
  return pod;
}

function mergeConfigMaps(defaults: readonly string[] = [], task: readonly string[] = []): string[] {
  const named = new Set(task);
  return [...defaults.filter((name) => !named.has(name)), ...task];
}

/** The identity of a mount: its path without trailing slashes (`/data/` and `/data` are one directory). */
export function mountKey(path: string): string {
  // A loop, not /\/+$/: that regex takes quadratic time on a long run of slashes not at the end.
  let end = path.length;
  while (end > 1 && path.charCodeAt(end - 1) === 0x2f) end -= 1;
  return path.slice(0, end);
}

/** Defaults' volumes, then the task's, merged by mount path; a task's volume takes the place of the one it replaces. */
export function mergeVolumes<V extends Pick<RawVolume, "mount">>(defaults: readonly V[] = [], task: readonly V[] = []): V[] {
  const byMount = new Map<string, V>();
  for (const volume of [...defaults, ...task]) byMount.set(mountKey(volume.mount), volume);
  return [...byMount.values()];
}

const DNS_LABEL_LENGTH = 63;
const DNS_LABEL = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;

/** `text` as a DNS label (RFC 1123: lowercase letters, digits and '-', at most `length` characters). */
export function dnsLabel(text: string, length = DNS_LABEL_LENGTH): string {
  if (text.length <= length && DNS_LABEL.test(text)) return text;
  const cleaned = text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-/, "");
  return cleaned.slice(0, length).replace(/-+$/, "") || "volume";
}

function derivedName(volume: RawVolume): string {
  if (volume.secret !== undefined) return dnsLabel(`secret-${volume.secret}`);
  if (volume.config_map !== undefined) return dnsLabel(`config-map-${volume.config_map}`);
  return dnsLabel(`empty-dir-${volume.mount}`);
}

/**
 * The pod's volume names, in order: a written name as it is, otherwise one derived from the
 * source (`secret-gcp-key`, `config-map-etl-files`, `empty-dir-scratch`), made unique with
 * `-2`, `-3`... and never one that is written elsewhere in the pod. A derived name always has a
 * prefix, so it cannot be XCom's own volume name.
 */
export function volumeNames(volumes: readonly RawVolume[]): string[] {
  const taken = new Set<string>();
  for (const volume of volumes) if (volume.name !== undefined) taken.add(volume.name);
  return volumes.map((volume) => {
    if (volume.name !== undefined) return volume.name;
    const base = derivedName(volume);
    let name = base;
    for (let counter = 2; taken.has(name); counter += 1) {
      const suffix = `-${counter}`;
      name = `${dnsLabel(base, DNS_LABEL_LENGTH - suffix.length)}${suffix}`;
    }
    taken.add(name);
    return name;
  });
}

function volumeSource(volume: RawVolume): PodVolumeSource {
  if (volume.secret !== undefined) return { kind: "secret", secretName: volume.secret };
  if (volume.config_map !== undefined) return { kind: "config_map", configMapName: volume.config_map };
  const source: PodVolumeSource = { kind: "empty_dir" };
  if (volume.empty_dir?.size_limit !== undefined) source.sizeLimit = volume.empty_dir.size_limit;
  if (volume.empty_dir?.medium !== undefined) source.medium = volume.empty_dir.medium;
  return source;
}

function podVolume(volume: RawVolume, name: string): PodVolume {
  const source = volumeSource(volume);
  // Secret and ConfigMap contents are configuration: read-only unless dag.yaml says otherwise.
  return { name, source, mountPath: volume.mount, readOnly: volume.read_only ?? source.kind !== "empty_dir" };
}

function toleration(raw: RawToleration): PodToleration {
  const out: PodToleration = {};
  if (raw.key !== undefined) out.key = raw.key;
  if (raw.operator !== undefined) out.operator = raw.operator;
  if (raw.value !== undefined) out.value = raw.value;
  if (raw.effect !== undefined) out.effect = raw.effect;
  if (raw.toleration_seconds !== undefined) out.tolerationSeconds = raw.toleration_seconds;
  return out;
}
