/**
 * Whether a value satisfies a param's JSON Schema as Airflow checks it (jsonschema.validate in
 * Param.resolve): Airflow 2.7 resolves every param when it loads the DAG, 2.8+ and 3 every param of
 * a scheduled DAG, and the trigger form every value it submits.
 */
import { describeValue } from "./schema.js";
import type { RawParam } from "./types.js";

type JsonType = NonNullable<RawParam["type"]>;

const TYPE_WORDS: Record<JsonType, string> = {
  string: "a string",
  integer: "a whole number",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
  null: "null",
};

function hasType(value: unknown, type: JsonType): boolean {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value);
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "null":
      return value === null;
  }
}

/** JSON equality (mapping key order aside), as jsonschema compares enum members. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) {
    const left = Object.entries(a as Record<string, unknown>);
    const right = b as Record<string, unknown>;
    return left.length === Object.keys(right).length && left.every(([key, value]) => key in right && jsonEqual(value, right[key]));
  }
  return a === b;
}

/** Why `value` fails the param's schema, or undefined when it passes (or cannot be judged here). */
export function paramValueProblem(param: RawParam, value: unknown): string | undefined {
  const shown = describeValue(value);
  if (param.type !== undefined && !hasType(value, param.type)) return `${shown} is not ${TYPE_WORDS[param.type]} (type: ${param.type})`;
  if (param.enum !== undefined && !param.enum.some((option) => jsonEqual(option, value))) {
    return `${shown} is not one of the enum values ${param.enum.map((option) => JSON.stringify(option)).join(", ")}`;
  }
  if (typeof value === "number") {
    if (param.minimum !== undefined && value < param.minimum) return `${shown} is below the minimum ${param.minimum}`;
    if (param.maximum !== undefined && value > param.maximum) return `${shown} is above the maximum ${param.maximum}`;
  }
  if (typeof value === "string") {
    // Python counts code points, as [...value] does (value.length would count UTF-16 units).
    const length = Array.from(value).length;
    if (param.min_length !== undefined && length < param.min_length) return `${shown} is shorter than min_length ${param.min_length}`;
    if (param.max_length !== undefined && length > param.max_length) return `${shown} is longer than max_length ${param.max_length}`;
    if (param.pattern !== undefined) {
      let pattern: RegExp | undefined;
      try {
        pattern = new RegExp(param.pattern, "u");
      } catch {
        pattern = undefined; // Python-only syntax: Airflow's own check decides.
      }
      if (pattern && !pattern.test(value)) return `${shown} does not match the pattern ${JSON.stringify(param.pattern)}`;
    }
  }
  return undefined;
}
