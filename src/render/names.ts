import { PYTHON_KEYWORDS } from "./python.js";

// Soft keywords and the `dag` the file binds are avoided too, for readability.
const RESERVED_NAMES = new Set([...PYTHON_KEYWORDS, "match", "case", "type", "dag"]);

/**
 * Every name a generated file imports (whatever the DAG uses), so no task, group or callback
 * alias can shadow one: the module namespace of a DAG file is one flat scope.
 */
export const IMPORTED_NAMES: readonly string[] = [
  "DAG",
  "KubernetesPodOperator",
  "Secret",
  "k8s",
  "datetime",
  "pendulum",
  "CronDataIntervalTimetable",
  "Param",
  "Dataset",
  "DatasetAny",
  "Asset",
  "AssetAny",
  "TaskGroup",
  "SmtpNotifier",
  "SlackNotifier",
  "SlackWebhookNotifier",
];

/** Hands out module-level Python names: identifiers, unique, never a keyword or an import. */
export class NameAllocator {
  private readonly used = new Set<string>(IMPORTED_NAMES);

  /** A fresh name derived from `text` (`task_` prefixed when it could not start an identifier). */
  claim(text: string, prefix = "task_"): string {
    let base = text.replace(/[^A-Za-z0-9_]/g, "_");
    if (/^[0-9]/.test(base) || RESERVED_NAMES.has(base) || base === "") base = `${prefix}${base}`;
    let name = base;
    for (let counter = 2; this.used.has(name); counter += 1) name = `${base}_${counter}`;
    this.used.add(name);
    return name;
  }
}
