import { normaliseAssetUri } from "./assets.js";
import { nodeAt, positionOf, type SourceDocument, type ValuePath } from "./source.js";

/** One asset URI of a dag.yaml: as Airflow compares it, as written, and where. */
export interface AssetReference {
  /** Normalised (see normaliseAssetUri): the form the repository graph links by. */
  uri: string;
  written: string;
  path: ValuePath;
  line: number;
  column: number;
}

/** What a dag.yaml says about assets: what its schedule waits for and what its tasks update. */
export interface DagAssets {
  /** `dag_id` as written, when it is a string. */
  dagId?: string;
  /** `schedule: {assets: [...]}` ("all") or `{assets_any: [...]}` ("any"); absent for other schedules. */
  schedule?: { mode: "all" | "any"; assets: AssetReference[] };
  /** `outlets` of each task that has some, in task order. */
  outlets: { task: string; assets: AssetReference[] }[];
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

function references(source: SourceDocument, list: unknown, path: ValuePath): AssetReference[] {
  if (!Array.isArray(list)) return [];
  const found: AssetReference[] = [];
  for (const [index, written] of list.entries()) {
    if (typeof written !== "string" || written.trim() === "") continue;
    const at = [...path, index];
    found.push({ uri: normaliseAssetUri(written), written, path: at, ...positionOf(source, nodeAt(source, at)?.range?.[0] ?? 0) });
  }
  return found;
}

/**
 * The asset schedule and outlets of a loaded dag.yaml, located. Reads any document, valid or
 * not, taking only what has the right shape: a DAG with an unrelated error still counts as the
 * producer of its outlets.
 */
export function dagAssets(source: SourceDocument, value: unknown): DagAssets {
  const uses: DagAssets = { outlets: [] };
  if (!isRecord(value)) return uses;
  if (typeof value["dag_id"] === "string") uses.dagId = value["dag_id"];
  const schedule = value["schedule"];
  if (isRecord(schedule)) {
    const key = "assets" in schedule ? "assets" : "assets_any" in schedule ? "assets_any" : undefined;
    if (key) uses.schedule = { mode: key === "assets" ? "all" : "any", assets: references(source, schedule[key], ["schedule", key]) };
  }
  const tasks = value["tasks"];
  if (isRecord(tasks)) {
    for (const [task, settings] of Object.entries(tasks)) {
      const assets = isRecord(settings) ? references(source, settings["outlets"], ["tasks", task, "outlets"]) : [];
      if (assets.length > 0) uses.outlets.push({ task, assets });
    }
  }
  return uses;
}
