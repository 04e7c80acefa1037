/**
 * Run parameters for a local run: the DAG's declared defaults, overridden by `--param k=v` with
 * the value read as the param's declared type (as the trigger form and `conf` would pass it).
 */
import { UserError } from "../errors.js";
import type { NormalisedParam } from "../dagfile/model.js";
import { closest } from "../dagfile/suggest.js";
import { fromJson, PyFloat, pyEquals, type PyValue } from "./pyvalue.js";

type ParamType = NonNullable<NormalisedParam["type"]>;

function declaredType(param: NormalisedParam): ParamType | undefined {
  if (param.type) return param.type;
  // Undeclared: the type of the default, so `--param retries=3` stays a number when the default is one.
  const value = param.default;
  if (value === null) return undefined;
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  if (Array.isArray(value)) return "array";
  if (typeof value === "object") return "object";
  return undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `text` read as a value of `type`, or the reason it is not one. */
export function coerceParam(text: string, type: ParamType | undefined): { ok: true; value: PyValue } | { ok: false; expected: string } {
  switch (type) {
    case undefined:
    case "string":
      return { ok: true, value: text };
    case "integer":
      return /^[-+]?\d+$/.test(text.trim()) ? { ok: true, value: Number(text) } : { ok: false, expected: "an integer, e.g. 3" };
    case "number": {
      const trimmed = text.trim();
      if (/^[-+]?\d+$/.test(trimmed)) return { ok: true, value: Number(trimmed) };
      return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)
        ? { ok: true, value: new PyFloat(Number(trimmed)) }
        : { ok: false, expected: "a number, e.g. 2.5" };
    }
    case "boolean": {
      const lowered = text.trim().toLowerCase();
      if (lowered === "true") return { ok: true, value: true };
      if (lowered === "false") return { ok: true, value: false };
      return { ok: false, expected: "true or false" };
    }
    case "null":
      return text.trim() === "null" ? { ok: true, value: null } : { ok: false, expected: "null" };
    case "array":
    case "object": {
      const value = parseJson(text);
      const fits = type === "array" ? Array.isArray(value) : typeof value === "object" && value !== null && !Array.isArray(value);
      return fits
        ? { ok: true, value: fromJson(value) }
        : { ok: false, expected: type === "array" ? 'a JSON array, e.g. ["a","b"]' : 'a JSON object, e.g. {"k":1}' };
    }
  }
}

/** Split `--param` options into name and text; `k=v`, the value may contain `=`. */
export function parseParamOptions(options: readonly string[]): [string, string][] {
  return options.map((option) => {
    const index = option.indexOf("=");
    if (index <= 0) throw new UserError(`--param "${option}" is not NAME=VALUE (e.g. --param full_refresh=true)`);
    return [option.slice(0, index), option.slice(index + 1)];
  });
}

/** The `params` of the run: defaults merged with the given values, each checked against its declaration. */
export function resolveParams(declared: readonly NormalisedParam[], given: readonly [string, string][]): Map<string, PyValue> {
  const byName = new Map(declared.map((param) => [param.name, param]));
  const values = new Map<string, PyValue>();
  for (const param of declared) if (param.hasDefault) values.set(param.name, fromJson(param.default));
  const problems: string[] = [];
  for (const [name, text] of given) {
    const param = byName.get(name);
    if (!param) {
      const hint = closest(name, [...byName.keys()]);
      problems.push(
        `--param ${name}: the DAG declares no such param${hint ? ` (did you mean ${hint}?)` : ""}; declared: ${[...byName.keys()].join(", ") || "none"}`,
      );
      continue;
    }
    const result = coerceParam(text, declaredType(param));
    if (!result.ok) {
      problems.push(`--param ${name}=${text}: expected ${result.expected} (the param is declared type ${param.type ?? declaredType(param) ?? "string"})`);
      continue;
    }
    if (param.enum && !param.enum.some((allowed) => pyEquals(fromJson(allowed), result.value))) {
      problems.push(`--param ${name}=${text}: not one of the allowed values ${param.enum.map((allowed) => JSON.stringify(allowed)).join(", ")}`);
      continue;
    }
    values.set(name, result.value);
  }
  for (const param of declared) {
    if (!values.has(param.name)) problems.push(`param ${param.name} has no default: pass --param ${param.name}=VALUE`);
  }
  if (problems.length > 0) throw new UserError(problems.join("\n"));
  return values;
}
