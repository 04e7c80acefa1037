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
/** A bare project name (as opposed to a registry reference, which has '/', ':' or '@'). */
export const PROJECT_NAME = /^[a-z0-9][a-z0-9_.-]*$/;

/** Python's timedelta holds at most 999999999 days (datetime.timedelta.max). */
export const MAX_TIMEDELTA_SECONDS = 999_999_999 * 86_400 + 86_399;

const KUBERNETES_LABELS = "https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set";

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
      at(
        [field],
        `${where}: "${value}" is longer than Python's timedelta can hold (at most 999999999 days), the longest span Airflow can represent. Use a shorter duration.`,
      );
    } else if (seconds <= 0) {
      at([field], `${where} must be longer than 0s, got "${value}".`);
    }
  }
}

function checkResources(resources: unknown, at: At, path: ValuePath): void {
  if (!isRecord(resources)) return;
  const cpu = resources["cpu"];
  if ((typeof cpu === "string" || typeof cpu === "number") && !isCpuQuantity(cpu)) {
    at(
      ["resources", "cpu"],
      `${describePath([...path, "resources", "cpu"])}: ${JSON.stringify(cpu)} is not a Kubernetes CPU quantity: expected e.g. 500m, 0.5 or 2.`,
    );
  }
  for (const field of ["memory", "ephemeral_storage"]) {
    const value = resources[field];
    if (typeof value === "string" && !isByteQuantity(value)) {
      at(
        ["resources", field],
        `${describePath([...path, "resources", field])}: ${JSON.stringify(value)} is not a Kubernetes quantity: expected e.g. 512Mi, 4Gi or 1G.${byteQuantityHint(value)}`,
      );
    }
  }
}

function checkLabelMaps(settings: Json, path: ValuePath, at: At): void {
  const labels = settings["labels"];
  if (isRecord(labels)) {
    for (const [key, value] of Object.entries(labels)) {
      if (!isLabelKey(key))
        at(
          ["labels", key],
          `${describePath([...path, "labels"])}: "${key}" is not a valid Kubernetes label key (at most 63 characters of letters, digits, '-', '_', '.', with an optional DNS prefix and '/').`,
          { anchor: "key" },
        );
      if (typeof value === "string" && !isLabelValue(value))
        at(
          ["labels", key],
          `${describePath([...path, "labels", key])}: ${JSON.stringify(value)} is not a valid Kubernetes label value (at most 63 characters of letters, digits, '-', '_', '.', starting and ending with a letter or digit).`,
        );
    }
  }
  // The API server validates a node selector as labels (ValidateLabels on spec.nodeSelector).
  const selector = settings["node_selector"];
  if (isRecord(selector)) {
    for (const [key, value] of Object.entries(selector)) {
      const where = describePath([...path, "node_selector"]);
      if (!isLabelKey(key))
        at(["node_selector", key], `${where}: "${key}" is not a valid node label key, and Kubernetes would refuse the pod. See ${KUBERNETES_LABELS}`, {
          anchor: "key",
        });
      else if (typeof value === "string" && !isLabelValue(value))
        at(
          ["node_selector", key],
          `${where}.${key}: ${JSON.stringify(value)} is not a valid node label value (at most 63 characters of letters, digits, '-', '_', '.', alphanumeric at both ends). See ${KUBERNETES_LABELS}`,
        );
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
      at(
        sub,
        `${where}: "${image}" is neither a project of this repository nor a full image reference (projects: ${context.knownProjects.join(", ") || "none"}).${didYouMean(image, context.knownProjects)}`,
      );
    }
    return;
  }
  if (!image.includes("@sha256:")) {
    const tagged = /:[^/]*$/.test(image);
    at(
      sub,
      `${where}: "${image}" names ${tagged ? "a tag" : "no tag (so latest)"}, not a digest: deploy resolves it to the digest the registry serves then and pins that in the DAG, so a later push to the tag changes nothing until the next deploy. Write ${image.replace(/:[^/:]*$/, "")}@sha256:... to choose the digest yourself.`,
      { severity: "warning" },
    );
  }
}

/**
 * Checks of one `defaults:` or task settings block that hold on every platform: durations,
 * quantities, environment variable and label names, node selectors and images. (Volumes,
 * tolerations and annotations, which the defaults and a task merge into one pod, are checked
 * in check-pod.ts.)
 */
export function settingsProblems(source: SourceDocument, settings: Json, path: ValuePath, context: SettingsContext): Problem[] {
  const problems: Problem[] = [];
  const at: At = (sub, message, options = {}) => problems.push(problemAt(source, [...path, ...sub], message, options));
  checkDurations(settings, path, ["retry_delay", "timeout", "startup_timeout"], at);
  checkResources(settings["resources"], at, path);
  const env = settings["env"];
  if (isRecord(env)) {
    for (const name of Object.keys(env)) {
      if (!ENV_NAME.test(name))
        at(
          ["env", name],
          `${describePath([...path, "env"])}: "${name}" is not a valid environment variable name (letters, digits, '_', '-', '.'; not starting with a digit).`,
          { anchor: "key" },
        );
    }
  }
  checkLabelMaps(settings, path, at);
  checkImage(settings["image"], ["image"], path, context, at);
  const sidecars = settings["sidecars"];
  if (Array.isArray(sidecars))
    for (const [index, sidecar] of sidecars.entries()) if (isRecord(sidecar)) checkImage(sidecar["image"], ["sidecars", index, "image"], path, undefined, at);
  return problems;
}

/** The DAG-level duration (dagrun_timeout), with the same limits as the task durations. */
export function dagDurationProblems(source: SourceDocument, spec: Json): Problem[] {
  const problems: Problem[] = [];
  checkDurations(spec, [], ["dagrun_timeout"], (sub, message) => problems.push(problemAt(source, sub, message)));
  return problems;
}
