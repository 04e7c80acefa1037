import type { Problem } from "../errors.js";
import type { Profile } from "../profile.js";
import { describePath, problemAt, type SourceDocument, type ValuePath } from "./source.js";
import { isRecord, type Json } from "./json.js";


/** DatasetAny arrived in Airflow 2.9 (apache/airflow#37016, "conditional expressions" in the datasets guide). */
const CONDITIONAL_DATASETS = "https://airflow.apache.org/docs/apache-airflow/2.9.0/authoring-and-scheduling/datasets.html";

/**
 * Why Airflow refuses an asset (Dataset) URI when it builds the DAG, or undefined. These are the
 * checks of its _sanitize_uri (airflow/datasets on 2.x, the Task SDK's asset definitions on 3);
 * 2.10+ drops credentials from the URI with a warning where 2.9 refuses them, so they are refused.
 */
export function assetUriProblem(uri: string): string | undefined {
  if (uri.trim() === "") return "is only whitespace";
  if ([...uri].some((char) => (char.codePointAt(0) ?? 0) > 0x7f)) return "has a character outside ASCII, which Airflow refuses in an asset URI; percent-encode it";
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(uri)?.[1];
  if (scheme?.toLowerCase() === "airflow") return "uses the scheme airflow://, which Airflow reserves for itself";
  if (scheme && /^[^:]+:\/\/[^/?#]*@/.test(uri)) return "carries credentials (user@host): Airflow 2.9 refuses them and later versions drop them, which changes which asset it is. Remove them";
  return undefined;
}

/** Asset URIs of the schedule and of task outlets, and what the profile's Airflow versions lack. */
export function airflowProblems(source: SourceDocument, spec: Json, profile: Profile): Problem[] {
  const problems: Problem[] = [];
  const checkUris = (list: unknown, path: ValuePath) => {
    if (!Array.isArray(list)) return;
    for (const [index, uri] of list.entries()) {
      const problem = typeof uri === "string" ? assetUriProblem(uri) : undefined;
      if (problem) problems.push(problemAt(source, [...path, index], `${describePath([...path, index])}: ${JSON.stringify(uri)} ${problem}.`));
    }
  };
  const schedule = spec["schedule"];
  if (isRecord(schedule)) {
    checkUris(schedule["assets"], ["schedule", "assets"]);
    checkUris(schedule["assets_any"], ["schedule", "assets_any"]);
    if ("assets_any" in schedule && !("assets" in schedule) && profile.airflow === 2) {
      problems.push(problemAt(source, ["schedule", "assets_any"], `schedule.assets_any needs DatasetAny, which Airflow 2.9 added; the Airflow 2 profile also promises 2.7 and 2.8. Use assets (run when all were updated), or render for Airflow 3 (--airflow 3). See ${CONDITIONAL_DATASETS}`, { anchor: "key" }));
    }
  }
  const tasks = spec["tasks"];
  if (isRecord(tasks)) for (const [name, task] of Object.entries(tasks)) if (isRecord(task)) checkUris(task["outlets"], ["tasks", name, "outlets"]);
  return problems;
}
