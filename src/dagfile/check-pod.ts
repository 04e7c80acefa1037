import type { Problem } from "../errors.js";
import { isLabelKey, isLabelValue } from "./check.js";
import { mergeVolumes, mountKey } from "./normalise-pod.js";
import { byteQuantityHint, isByteQuantity } from "./quantity.js";
import { isRecord, type Json } from "./json.js";
import { describePath, problemAt, type SourceDocument, type ValuePath } from "./source.js";

/*
 * What the Kubernetes API server would refuse in a pod's settings (ValidatePodSpec in
 * kubernetes/pkg/apis/core/validation), checked before Airflow ever creates the pod: one source
 * per volume, unique volume names and mount paths, toleration combinations, annotation keys and
 * size. What a platform allows (Composer's rules) is checked in check-platform.ts, Jinja in
 * annotations in check-templates.ts.
 */

const records = (value: unknown): Json[] => (Array.isArray(value) ? value.map((item) => (isRecord(item) ? item : {})) : []);

const VOLUME_SOURCES = ["secret", "config_map", "empty_dir"] as const;
/** The API server's limit on all of a pod's annotations together (keys and values, in bytes). */
const ANNOTATIONS_MAX_BYTES = 256 * 1024;
const KUBERNETES_ANNOTATIONS = "https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/#syntax-and-character-set";
const KUBERNETES_TOLERATIONS = "https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/";
/** The volume and mount cncf.kubernetes adds to a pod that pushes XCom (utils/xcom_sidecar.py, PodDefaults). */
const XCOM_VOLUME_NAME = "xcom";
const XCOM_MOUNT_PATH = "/airflow/xcom";

/** A volume of dag.yaml with the path it is written at. */
interface Located {
  path: ValuePath;
  volume: Json;
  mount: string;
}

type At = (path: ValuePath, message: string, options?: { anchor?: "key" | "value" }) => void;

function checkVolumes(settings: Json, path: ValuePath, at: At): void {
  const seenMounts = new Map<string, number>();
  const seenNames = new Map<string, number>();
  for (const [index, volume] of records(settings["volumes"]).entries()) {
    const where = [...path, "volumes", index];
    const sources = VOLUME_SOURCES.filter((source) => source in volume);
    if (sources.length === 0) {
      at(
        where,
        `${describePath(where)}: a volume needs exactly one source: secret, config_map or empty_dir; this one has none. Add e.g. \`secret: gcp-key\` or \`empty_dir: {}\`.`,
      );
    } else if (sources.length > 1) {
      at(
        where,
        `${describePath(where)}: a volume needs exactly one source, but this one has ${sources.join(" and ")}. Split it into one volume per source, each with its own mount.`,
      );
    }
    const sizeLimit = isRecord(volume["empty_dir"]) ? volume["empty_dir"]["size_limit"] : undefined;
    if (typeof sizeLimit === "string" && !isByteQuantity(sizeLimit)) {
      const sizePath = [...where, "empty_dir", "size_limit"];
      at(
        sizePath,
        `${describePath(sizePath)}: ${JSON.stringify(sizeLimit)} is not a Kubernetes quantity: expected e.g. 512Mi, 4Gi or 1G.${byteQuantityHint(sizeLimit)}`,
      );
    }
    const mount = volume["mount"];
    if (typeof mount === "string") {
      if (mount.includes("\0")) at([...where, "mount"], `${describePath([...where, "mount"])}: a path cannot contain the NUL character.`);
      const earlier = seenMounts.get(mountKey(mount));
      if (earlier !== undefined) {
        at(
          [...where, "mount"],
          `${describePath([...where, "mount"])}: ${JSON.stringify(mount)} is mounted by ${describePath([...path, "volumes", earlier])} already: a path takes one volume.`,
        );
      } else {
        seenMounts.set(mountKey(mount), index);
      }
    }
    const name = volume["name"];
    if (typeof name === "string") {
      const earlier = seenNames.get(name);
      if (earlier !== undefined)
        at(
          [...where, "name"],
          `${describePath([...where, "name"])}: "${name}" is the name of ${describePath([...path, "volumes", earlier])} already: volume names are unique in a pod. Rename one, or leave name out to have one derived.`,
        );
      else seenNames.set(name, index);
    }
  }
}

/** Toleration semantics, as the API server's validateTolerations enforces them. */
function checkTolerations(settings: Json, path: ValuePath, at: At): void {
  const see = `See ${KUBERNETES_TOLERATIONS}`;
  for (const [index, toleration] of records(settings["tolerations"]).entries()) {
    const where = [...path, "tolerations", index];
    const { key, operator, value, effect } = toleration;
    // validateTolerations treats an empty key as none, and an unset operator as Equal.
    const keyed = typeof key === "string" && key !== "";
    if (keyed && !isLabelKey(key)) {
      at(
        [...where, "key"],
        `${describePath([...where, "key"])}: "${key}" is not a valid taint key (at most 63 characters of letters, digits, '-', '_', '.', with an optional DNS prefix and '/'). ${see}`,
      );
    }
    if (!keyed && operator !== "Exists") {
      at(
        "operator" in toleration ? [...where, "operator"] : where,
        `${describePath(where)}: a toleration without a key matches every taint, which Kubernetes allows only with operator: Exists. Add a key, or set operator: Exists. ${see}`,
      );
    }
    if ("toleration_seconds" in toleration && effect !== "NoExecute") {
      at(
        [...where, "toleration_seconds"],
        `${describePath([...where, "toleration_seconds"])} applies only to effect: NoExecute, and Kubernetes refuses it otherwise. Set effect: NoExecute, or remove toleration_seconds. ${see}`,
        { anchor: "key" },
      );
    }
    if (typeof value === "string") {
      if (operator === "Exists" && value !== "") {
        at(
          [...where, "value"],
          `${describePath([...where, "value"])}: operator Exists matches any value, and Kubernetes requires the value to be empty. Remove the value, or use operator: Equal. ${see}`,
        );
      } else if (operator !== "Exists" && !isLabelValue(value)) {
        at(
          [...where, "value"],
          `${describePath([...where, "value"])}: ${JSON.stringify(value)} is not a valid taint value (at most 63 characters of letters, digits, '-', '_', '.', starting and ending with a letter or digit). ${see}`,
        );
      }
    }
  }
}

function annotationBytes(annotations: unknown, except?: Json): number {
  let bytes = 0;
  if (!isRecord(annotations)) return bytes;
  for (const key in annotations) {
    const value = annotations[key];
    if (except !== undefined && key in except) continue;
    bytes += Buffer.byteLength(key) + (typeof value === "string" ? Buffer.byteLength(value) : 0);
  }
  return bytes;
}

function checkAnnotations(settings: Json, path: ValuePath, at: At): void {
  const annotations = settings["annotations"];
  if (!isRecord(annotations)) return;
  for (const key of Object.keys(annotations)) {
    // The API server lowercases annotation keys before checking them (ValidateAnnotations).
    if (!isLabelKey(key.toLowerCase())) {
      at(
        [...path, "annotations", key],
        `${describePath([...path, "annotations"])}: "${key}" is not a valid Kubernetes annotation key (at most 63 characters of letters, digits, '-', '_', '.', with an optional DNS prefix and '/'). See ${KUBERNETES_ANNOTATIONS}`,
        { anchor: "key" },
      );
    }
  }
}

/** The checks of one `defaults:` or task block on its own. */
function checkBlock(settings: Json, path: ValuePath, at: At): void {
  checkVolumes(settings, path, at);
  checkTolerations(settings, path, at);
  checkAnnotations(settings, path, at);
}

function locatedVolumes(block: Json, path: ValuePath): Located[] {
  const located: Located[] = [];
  for (const [index, volume] of records(block["volumes"]).entries()) {
    const mount = volume["mount"];
    if (typeof mount === "string") located.push({ path: [...path, "volumes", index], volume, mount });
  }
  return located;
}

/** What the defaults bring to every task's pod, worked out once. */
interface DefaultsPod {
  settings: Json;
  volumes: Located[];
  annotationBytes: number;
}

/** The checks of a task's pod once its defaults are merged in: names, XCom's own volume, total annotation size. */
function checkMerged(defaults: DefaultsPod, task: Json, taskPath: ValuePath, at: At): void {
  const merged = mergeVolumes(defaults.volumes, locatedVolumes(task, taskPath));
  const byName = new Map<string, Located>();
  for (const entry of merged) {
    const name = entry.volume["name"];
    if (typeof name !== "string") continue;
    const earlier = byName.get(name);
    if (earlier && earlier.path[0] !== entry.path[0]) {
      at(
        [...entry.path, "name"],
        `${describePath([...entry.path, "name"])}: "${name}" is the name of ${describePath(earlier.path)} already, which this task also mounts: volume names are unique in a pod. Rename one, or leave name out to have one derived.`,
      );
    }
    if (!earlier) byName.set(name, entry);
  }
  const xcom = "xcom" in task ? task["xcom"] : defaults.settings["xcom"];
  if (xcom === true) {
    for (const entry of merged) {
      if (entry.volume["name"] === XCOM_VOLUME_NAME) {
        at(
          [...entry.path, "name"],
          `${describePath([...entry.path, "name"])}: "${XCOM_VOLUME_NAME}" is the volume Airflow adds for XCom to a task with xcom: true. Choose another name.`,
        );
      }
      if (mountKey(entry.mount) === XCOM_MOUNT_PATH) {
        at(
          [...entry.path, "mount"],
          `${describePath([...entry.path, "mount"])}: ${XCOM_MOUNT_PATH} is where Airflow mounts its XCom volume in a task with xcom: true. Mount this volume elsewhere.`,
        );
      }
    }
  }
  const own = task["annotations"];
  if (isRecord(own)) {
    // The defaults' annotations a task sets again count once, with the task's value.
    const bytes = annotationBytes(defaults.settings["annotations"], own) + annotationBytes(own);
    if (bytes > ANNOTATIONS_MAX_BYTES) tooManyAnnotationBytes([...taskPath, "annotations"], bytes, at);
  }
}

function tooManyAnnotationBytes(path: ValuePath, bytes: number, at: At): void {
  at(
    path,
    `${describePath(path)}: the pod's annotations take ${bytes} bytes, more than the ${ANNOTATIONS_MAX_BYTES} Kubernetes allows in all. Move large values into a ConfigMap.`,
    { anchor: "key" },
  );
}

/**
 * Problems of the pod settings (volumes, tolerations, annotations, XCom), each located, for a
 * document that may also have failed the schema: every check looks only at values of the right
 * type. A problem that the defaults cause in several tasks is reported once.
 */
export function podProblems(source: SourceDocument, value: unknown): Problem[] {
  if (!isRecord(value)) return [];
  const problems = new Map<string, Problem>();
  const at: At = (path, message, options = {}) => {
    const problem = problemAt(source, path, message, options);
    problems.set(`${problem.line}:${problem.column}:${problem.message}`, problem);
  };
  const settings = isRecord(value["defaults"]) ? value["defaults"] : {};
  checkBlock(settings, ["defaults"], at);
  const defaults: DefaultsPod = { settings, volumes: locatedVolumes(settings, ["defaults"]), annotationBytes: annotationBytes(settings["annotations"]) };
  const tasks = isRecord(value["tasks"]) ? value["tasks"] : {};
  let inheritsAnnotations = false;
  for (const [name, task] of Object.entries(tasks)) {
    if (!isRecord(task)) continue;
    checkBlock(task, ["tasks", name], at);
    checkMerged(defaults, task, ["tasks", name], at);
    inheritsAnnotations ||= !isRecord(task["annotations"]);
  }
  if (inheritsAnnotations && defaults.annotationBytes > ANNOTATIONS_MAX_BYTES)
    tooManyAnnotationBytes(["defaults", "annotations"], defaults.annotationBytes, at);
  return [...problems.values()];
}
