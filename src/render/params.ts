/**
 * `params:` -> `DAG(params={"name": Param(default, description=..., type=..., ...)})`.
 *
 * Param(default=NOTSET, description=None, **kwargs), the keyword arguments forming the value's JSON
 * Schema: airflow/models/param.py in Airflow 2.7.0 through 2.11, airflow/sdk/definitions/param.py
 * (exported as airflow.sdk.Param) in 3.0 and 3.1. A param without a default is written without one.
 */
import type { NormalisedDag, NormalisedParam } from "../dagfile/model.js";
import type { Profile } from "../profile.js";
import { PyCall, type PyValue } from "./python.js";
import type { ImportName } from "./imports.js";

/** A value from YAML (JSON-like) as a Python literal: mappings keep their order. */
export function jsonValue(value: unknown): PyValue {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map(jsonValue);
  if (typeof value === "object") return new Map(Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, jsonValue(item)]));
  throw new Error(`cannot render ${typeof value} as a Python literal`);
}

function paramCall(param: NormalisedParam): PyCall {
  const keywords: [string, PyValue][] = [];
  if (param.description !== undefined) keywords.push(["description", param.description]);
  // JSON Schema keywords, spelt as JSON Schema (and Airflow's trigger form) reads them.
  if (param.type !== undefined) keywords.push(["type", param.type]);
  if (param.title !== undefined) keywords.push(["title", param.title]);
  if (param.enum !== undefined) keywords.push(["enum", param.enum.map(jsonValue)]);
  if (param.minimum !== undefined) keywords.push(["minimum", param.minimum]);
  if (param.maximum !== undefined) keywords.push(["maximum", param.maximum]);
  if (param.minLength !== undefined) keywords.push(["minLength", param.minLength]);
  if (param.maxLength !== undefined) keywords.push(["maxLength", param.maxLength]);
  if (param.pattern !== undefined) keywords.push(["pattern", param.pattern]);
  return new PyCall("Param", keywords, param.hasDefault ? [jsonValue(param.default)] : []);
}

/** `params=` of the DAG, when it declares any. */
export function paramsKeywords(dag: NormalisedDag): [string, PyValue][] {
  if (dag.params.length === 0) return [];
  return [["params", new Map<string, PyValue>(dag.params.map((param) => [param.name, paramCall(param)]))]];
}

/** Param's import: airflow.sdk on Airflow 3, airflow.models.param on Airflow 2. */
export function paramsImports(dag: NormalisedDag, profile: Profile): ImportName[] {
  if (dag.params.length === 0) return [];
  return [{ module: profile.airflow === 3 ? "airflow.sdk" : "airflow.models.param", name: "Param" }];
}
