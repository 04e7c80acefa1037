import type { Problem } from "../errors.js";
import { parseDuration } from "./duration.js";
import { byteQuantityHint, isByteQuantity, isCpuQuantity } from "./quantity.js";
import { describePath, problemAt, type SourceDocument, type ValuePath } from "./source.js";
import { didYouMean } from "./suggest.js";
import { isRecord, type Json } from "./json.js";


const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const LABEL_NAME = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)$/;
const LABEL_PREFIX = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
/** The schema's kubernetesName; a volume name must also be a DNS label. */
const OBJECT_NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;
/** A bare project name (as opposed to a registry reference, which has '/', ':' or '@'). */
export const PROJECT_NAME = /^[a-z0-9][a-z0-9_.-]*$/;

/** Python's timedelta holds at most 999999999 days (datetime.timedelta.max). */
export const MAX_TIMEDELTA_SECONDS = 999_999_999 * 86_400 + 86_399;
/** Kubernetes' TotalAnnotationSizeLimitB (apimachinery ValidateAnnotations): 256 KiB of keys and values. */
const MAX_ANNOTATION_BYTES = 256 * 1024;
/** The directory KubernetesPodOperator mounts its XCom volume at when do_xcom_push is on. */
const XCOM_MOUNT = "/airflow/xcom";

const KUBERNETES_LABELS = "https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set";
const KUBERNETES_ANNOTATIONS = "https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/#syntax-and-character-set";
const KUBERNETES_TOLERATIONS = "https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/";
const KUBERNETES_VOLUMES = "https://kubernetes.io/docs/concepts/storage/volumes/";

/** Kubernetes label key: optional DNS-subdomain prefix, then a name of at most 63 characters. */
export function isLabelKey(key: string): boolean {
  const slash = key.lastIndexOf("/");
  if (slash < 0) return LABEL_NAME.test(key);
  const prefix = key.slice(0, slash);
  return prefix.length <= 253 && LABEL_PREFIX.test(prefix) && LABEL_NAME.test(key.slice(slash + 1));
}

/** Kubernetes label value: at most 63 characters, alphanumeric at both ends. */
export function isLabelValue(value: string): boolean {
  return value.length <= 63 && LABEL_VALUE.test(value);
}

/** What the settings checks need from their surroundings. */
export interface SettingsContext {
  /** Folder names of the repository's projects, to resolve `image: other-project`. */
  knownProjects?: readonly string[];
}

type At = (sub: ValuePath, message: string, options?: { anchor?: "key" | "value"; severity?: Problem["severity"] }) => void;

function checkDurations(settings: Json, path: ValuePath, fields: readonly string[], at: At): void {
  for (const field of fields) {
    const value = settings[field];
    if (typeof value !== "string" || !/^(?:\d+[dhms])+$/.test(value)) continue;
    const seconds = parseDuration(value);
    const where = describePath([...path, field]);
    if (seconds === undefined || seconds > MAX_TIMEDELTA_SECONDS) {
      at([field], `${where}: "${value}" is longer than Python's timedelta can hold (at most 999999999 days), the longest span Airflow can represent. Use a shorter duration.`);
    } else if (seconds <= 0) {
      at([field], `${where} must be longer than 0s, got "${value}".`);
    }
  }
}

function checkResources(resources: unknown, at: At, path: ValuePath): void {
  if (!isRecord(resources)) return;
  const cpu = resources["cpu"];
  if ((typeof cpu === "string" || typeof cpu === "number") && !isCpuQuantity(cpu)) {
    at(["resources", "cpu"], `${describePath([...path, "resources", "cpu"])}: ${JSON.stringify(cpu)} is not a Kubernetes CPU quantity: expected e.g. 500m, 0.5 or 2.`);
  }
  for (const field of ["memory", "ephemeral_storage"]) {
    const value = resources[field];
    if (typeof value === "string" && !isByteQuantity(value)) {
      at(["resources", field], `${describePath([...path, "resources", field])}: ${JSON.stringify(value)} is not a Kubernetes quantity: expected e.g. 512Mi, 4Gi or 1G.${byteQuantityHint(value)}`);
    }
  }
}

function checkLabelMaps(settings: Json, path: ValuePath, at: At): void {
  const labels = settings["labels"];
  if (isRecord(labels)) {
    for (const [key, value] of Object.entries(labels)) {
      if (!isLabelKey(key)) at(["labels", key], `${describePath([...path, "labels"])}: "${key}" is not a valid Kubernetes label key (at most 63 characters of letters, digits, '-', '_', '.', with an optional DNS prefix and '/').`, { anchor: "key" });
      if (typeof value === "string" && !isLabelValue(value)) at(["labels", key], `${describePath([...path, "labels", key])}: ${JSON.stringify(value)} is not a valid Kubernetes label value (at most 63 characters of letters, digits, '-', '_', '.', starting and ending with a letter or digit).`);
    }
  }
  // The API server validates a node selector as labels (ValidateLabels on spec.nodeSelector).
  const selector = settings["node_selector"];
  if (isRecord(selector)) {
    for (const [key, value] of Object.entries(selector)) {
      const where = describePath([...path, "node_selector"]);
      if (!isLabelKey(key)) at(["node_selector", key], `${where}: "${key}" is not a valid node label key, and Kubernetes would refuse the pod. See ${KUBERNETES_LABELS}`, { anchor: "key" });
      else if (typeof value === "string" && !isLabelValue(value)) at(["node_selector", key], `${where}.${key}: ${JSON.stringify(value)} is not a valid node label value (at most 63 characters of letters, digits, '-', '_', '.', alphanumeric at both ends). See ${KUBERNETES_LABELS}`);
    }
  }
  // Annotation keys follow the label key syntax (checked lower-cased, as the API server does).
  const annotations = settings["annotations"];
  if (isRecord(annotations)) {
    let bytes = 0;
    for (const [key, value] of Object.entries(annotations)) {
      bytes += Buffer.byteLength(key) + (typeof value === "string" ? Buffer.byteLength(value) : 0);
      if (!isLabelKey(key.toLowerCase())) at(["annotations", key], `${describePath([...path, "annotations"])}: "${key}" is not a valid annotation key (an optional DNS prefix and '/', then at most 63 characters of letters, digits, '-', '_', '.'). See ${KUBERNETES_ANNOTATIONS}`, { anchor: "key" });
    }
    if (bytes > MAX_ANNOTATION_BYTES) at(["annotations"], `${describePath([...path, "annotations"])}: the annotations take ${bytes} bytes; Kubernetes allows at most ${MAX_ANNOTATION_BYTES} (256 KiB) per pod. Move large values to a ConfigMap.`, { anchor: "key" });
  }
}

/** Toleration semantics, as the API server's validateTolerations enforces them. */
function checkTolerations(tolerations: unknown, path: ValuePath, at: At): void {
  if (!Array.isArray(tolerations)) return;
  for (const [index, toleration] of tolerations.entries()) {
    if (!isRecord(toleration)) continue;
    const where = describePath([...path, "tolerations", index]);
    const key = typeof toleration["key"] === "string" ? toleration["key"] : "";
    const operator = toleration["operator"] ?? "Equal";
    const value = toleration["value"];
    const sub = (field: string) => (field in toleration ? ["tolerations", index, field] : ["tolerations", index]);
    if (key !== "" && !isLabelKey(key)) at(sub("key"), `${where}.key: "${key}" is not a valid taint key (label key syntax). See ${KUBERNETES_TOLERATIONS}`);
    if (key === "" && operator !== "Exists") at(sub("operator"), `${where}: a toleration without a key matches every taint, which needs operator: Exists. Add a key, or write operator: Exists. See ${KUBERNETES_TOLERATIONS}`);
    if (operator === "Exists" && typeof value === "string" && value !== "") at(sub("value"), `${where}: operator Exists matches any value, so value must be empty; remove value, or use operator: Equal. See ${KUBERNETES_TOLERATIONS}`);
    if (operator === "Equal" && typeof value === "string" && !isLabelValue(value)) at(sub("value"), `${where}.value: ${JSON.stringify(value)} is not a valid taint value (label value syntax). See ${KUBERNETES_TOLERATIONS}`);
    if ("toleration_seconds" in toleration && toleration["effect"] !== "NoExecute") {
      at(sub("toleration_seconds"), `${where}: toleration_seconds only applies to effect NoExecute (how long the pod stays on a node that gains the taint). Set effect: NoExecute, or remove toleration_seconds. See ${KUBERNETES_TOLERATIONS}`);
    }
  }
}

function checkVolumes(settings: Json, path: ValuePath, xcom: boolean, at: At): void {
  const volumes = settings["volumes"];
  if (!Array.isArray(volumes)) return;
  const mounts = new Map<string, number>();
  const names = new Map<string, number>();
  for (const [index, volume] of volumes.entries()) {
    if (!isRecord(volume)) continue;
    const where = describePath([...path, "volumes", index]);
    const sources = ["secret", "config_map", "empty_dir"].filter((source) => source in volume);
    if (sources.length !== 1) {
      const found = sources.length === 0 ? "none" : sources.join(" and ");
      at(["volumes", index], `${where}: give exactly one of secret, config_map or empty_dir (found ${found}): a volume has one source. Use one entry per source.`);
    }
    const mount = volume["mount"];
    if (typeof mount === "string") {
      const earlier = mounts.get(mount);
      if (earlier !== undefined) at(["volumes", index, "mount"], `${where}.mount: "${mount}" is already the mount of volumes[${earlier}]; Kubernetes requires each mount path once per container. See ${KUBERNETES_VOLUMES}`);
      else mounts.set(mount, index);
      if (xcom && (mount === XCOM_MOUNT || mount.startsWith(`${XCOM_MOUNT}/`))) {
        at(["volumes", index, "mount"], `${where}.mount: ${XCOM_MOUNT} is where KubernetesPodOperator mounts its XCom volume when xcom is true. Mount this volume elsewhere.`);
      }
    }
    const name = volume["name"];
    if (typeof name === "string") {
      if (OBJECT_NAME.test(name) && !DNS_LABEL.test(name)) at(["volumes", index, "name"], `${where}.name: "${name}" is not a valid volume name: Kubernetes needs a DNS label (at most 63 lowercase letters, digits and '-'). See ${KUBERNETES_VOLUMES}`);
      const earlier = names.get(name);
      if (earlier !== undefined) at(["volumes", index, "name"], `${where}.name: "${name}" is also the name of volumes[${earlier}]; volume names must be unique in a pod.`);
      else names.set(name, index);
    }
    const emptyDir = volume["empty_dir"];
    const sizeLimit = isRecord(emptyDir) ? emptyDir["size_limit"] : undefined;
    if (typeof sizeLimit === "string" && !isByteQuantity(sizeLimit)) {
      at(["volumes", index, "empty_dir", "size_limit"], `${where}.empty_dir.size_limit: ${JSON.stringify(sizeLimit)} is not a Kubernetes quantity: expected e.g. 512Mi or 2Gi.${byteQuantityHint(sizeLimit)}`);
    }
  }
}

/** A registry reference without `@sha256:` names a tag (or, with no tag, `latest`). */
function checkImage(image: unknown, sub: ValuePath, path: ValuePath, context: SettingsContext | undefined, at: At): void {
  if (typeof image !== "string") return;
  const where = describePath([...path, ...sub]);
  // A task's bare name is a project of the repository; a sidecar's is a registry image.
  if (context && PROJECT_NAME.test(image)) {
    if (context.knownProjects && !context.knownProjects.includes(image)) {
      at(sub, `${where}: "${image}" is neither a project of this repository nor a full image reference (projects: ${context.knownProjects.join(", ") || "none"}).${didYouMean(image, context.knownProjects)}`);
    }
    return;
  }
  if (!image.includes("@sha256:")) {
    const tagged = /:[^/]*$/.test(image);
    at(sub, `${where}: "${image}" names ${tagged ? "a tag" : "no tag (so latest)"}, not a digest: deploy resolves it to the digest the registry serves then and pins that in the DAG, so a later push to the tag changes nothing until the next deploy. Write ${image.replace(/:[^/:]*$/, "")}@sha256:... to choose the digest yourself.`, { severity: "warning" });
  }
}

/**
 * Checks of one `defaults:` or task settings block that hold on every platform: durations,
 * quantities, names Kubernetes validates, tolerations, volumes and images.
 */
export function settingsProblems(source: SourceDocument, settings: Json, path: ValuePath, context: SettingsContext, xcom: boolean): Problem[] {
  const problems: Problem[] = [];
  const at: At = (sub, message, options = {}) => problems.push(problemAt(source, [...path, ...sub], message, options));
  checkDurations(settings, path, ["retry_delay", "timeout", "startup_timeout"], at);
  checkResources(settings["resources"], at, path);
  const env = settings["env"];
  if (isRecord(env)) {
    for (const name of Object.keys(env)) {
      if (!ENV_NAME.test(name)) at(["env", name], `${describePath([...path, "env"])}: "${name}" is not a valid environment variable name (letters, digits, '_', '-', '.'; not starting with a digit).`, { anchor: "key" });
    }
  }
  checkLabelMaps(settings, path, at);
  checkTolerations(settings["tolerations"], path, at);
  checkVolumes(settings, path, xcom, at);
  checkImage(settings["image"], ["image"], path, context, at);
  const sidecars = settings["sidecars"];
  if (Array.isArray(sidecars)) for (const [index, sidecar] of sidecars.entries()) if (isRecord(sidecar)) checkImage(sidecar["image"], ["sidecars", index, "image"], path, undefined, at);
  return problems;
}

/** The DAG-level duration (dagrun_timeout), with the same limits as the task durations. */
export function dagDurationProblems(source: SourceDocument, spec: Json): Problem[] {
  const problems: Problem[] = [];
  checkDurations(spec, [], ["dagrun_timeout"], (sub, message) => problems.push(problemAt(source, sub, message)));
  return problems;
}
