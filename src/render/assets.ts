/**
 * Asset schedules and task outlets.
 *
 * Airflow 2: `airflow.datasets.Dataset(uri=...)` (every 2.7-2.11 release) and
 * `airflow.datasets.DatasetAny(*datasets)` (added in 2.9.0; the Airflow 2 profile refuses
 * `assets_any`, see check-dag.ts). Airflow 3: `airflow.sdk.Asset(uri=...)`, whose name defaults to
 * the URI, and `airflow.sdk.AssetAny(*assets)` (task-sdk 1.0 / Airflow 3.0 and 1.1 / 3.1).
 * `schedule=[...]` (all must be updated) is accepted by every supported version. URIs arrive
 * normalised (normaliseAssetUri), so producers and consumers spell each asset alike.
 */
import type { NormalisedDag, NormalisedTask } from "../dagfile/model.js";
import type { Profile } from "../profile.js";
import type { ImportName } from "./imports.js";
import { PyCall, type PyValue } from "./python.js";

function classes(profile: Profile): { module: string; asset: string; any: string } {
  return profile.airflow === 3
    ? { module: "airflow.sdk", asset: "Asset", any: "AssetAny" }
    : { module: "airflow.datasets", asset: "Dataset", any: "DatasetAny" };
}

function assetCalls(uris: readonly string[], profile: Profile): PyCall[] {
  return uris.map((uri) => new PyCall(classes(profile).asset, [["uri", uri]]));
}

/** The `schedule=` value of an asset-driven DAG: a list (all), or AssetAny/DatasetAny (any). */
export function assetScheduleValue(dag: NormalisedDag, profile: Profile): PyValue {
  if (dag.schedule.kind !== "assets") throw new Error("not an asset schedule");
  const calls = assetCalls(dag.schedule.uris, profile);
  return dag.schedule.mode === "all" ? calls : new PyCall(classes(profile).any, [], calls);
}

/** `outlets=` of a task that updates assets. */
export function outletsKeywords(task: NormalisedTask, profile: Profile): [string, PyValue][] {
  return task.outlets && task.outlets.length > 0 ? [["outlets", assetCalls(task.outlets, profile)]] : [];
}

/** Dataset/Asset (and DatasetAny/AssetAny) imports, when the DAG uses them. */
export function assetImports(dag: NormalisedDag, profile: Profile): ImportName[] {
  const { module, asset, any } = classes(profile);
  const names: ImportName[] = [];
  if (dag.schedule.kind === "assets" || dag.tasks.some((task) => (task.outlets?.length ?? 0) > 0)) names.push({ module, name: asset });
  if (dag.schedule.kind === "assets" && dag.schedule.mode === "any") names.push({ module, name: any });
  return names;
}
