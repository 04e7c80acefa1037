import type { ErrorObject, ValidateFunction } from "ajv";
import type { Problem } from "../errors.js";
// Precompiled from the schema at build time: compiling it at start-up cost ~150 ms per run.
import { validate as validateDag } from "./dag-validator.generated.js";
import { describePath, problemAt, type SourceDocument, type ValuePath } from "./source.js";
import { didYouMean } from "./suggest.js";
import { durationHint } from "./duration.js";

function parsePointer(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** "the string \"yes\"", "a list", ... : how a wrong value looks to the user. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "nothing (an empty value)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === "boolean") return `the boolean ${String(value)}`;
  return typeof value === "number" ? `the number ${String(value)}` : `a ${typeof value}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: "a string",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  object: "a mapping (key: value)",
  array: "a list",
  null: "null",
};

function typeHint(expected: readonly string[], actual: unknown): string {
  if (expected.includes("boolean") && typeof actual === "string") return " Write true or false (YAML 1.2: yes/no/on/off are strings).";
  if (expected.includes("string") && (typeof actual === "number" || typeof actual === "boolean")) {
    return ` Quote it: "${String(actual)}".`;
  }
  if (expected.includes("array") && typeof actual === "string") return ` Write a list: [${JSON.stringify(actual)}].`;
  if (expected.includes("integer") && typeof actual === "string" && /^\d+$/.test(actual)) return ` Remove the quotes: ${actual}.`;
  if (typeof actual === "number" && !Number.isFinite(actual)) return " YAML's .nan and .inf are not numbers Airflow can use: write a finite number.";
  return "";
}

/** "a", "a or b", "a, b or c". */
function alternatives(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1] ?? ""}`;
}

/** A key that failed `propertyNames` (Ajv reports the inner keyword with `propertyName`). */
function keyMessage(error: ErrorObject, path: ValuePath, key: string): { message: string; path: ValuePath; anchor: "key" | "value" } {
  const where = describePath(path);
  if (path[path.length - 1] === "params") {
    const suggestion = key.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^(\d)/, "_$1");
    return {
      message: `${where}: "${key}" is not a valid param name: a param name must be a Python identifier (letters, digits and '_', not starting with a digit), because templates read it as {{ params.NAME }}. Did you mean "${suggestion}"?`,
      path: [...path, key],
      anchor: "key",
    };
  }
  return { message: `${where}: "${key}" is not a valid key here (${error.message ?? "invalid"}).`, path: [...path, key], anchor: "key" };
}

/** min/maxProperties on an object whose keys are alternatives: a notifier, an asset schedule, notify. */
function countMessage(error: ErrorObject, path: ValuePath): string {
  const where = describePath(path);
  const parent = error.parentSchema as { properties?: Record<string, unknown>; maxProperties?: number } | undefined;
  const allowed = Object.keys(parent?.properties ?? {});
  if (allowed.length === 0) return `${where}: expected at least one entry.`;
  const present = Object.keys((error.data as Record<string, unknown> | null) ?? {});
  if (parent?.maxProperties === 1) {
    if (present.length === 0) return `${where}: give one of ${alternatives(allowed)}.`;
    const choice = allowed.length === 2 ? `either ${alternatives(allowed)}, not both` : `exactly one of ${alternatives(allowed)}`;
    return `${where}: give ${choice} (found ${present.join(" and ")}).`;
  }
  return `${where}: expected at least one of ${alternatives(allowed)}.`;
}

function messageFor(error: ErrorObject, path: ValuePath): { message: string; path: ValuePath; anchor: "key" | "value" } {
  const where = describePath(path);
  const params = error.params as Record<string, unknown>;
  const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;
  if (propertyName !== undefined) return keyMessage(error, path, propertyName);
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params["additionalProperty"]);
      const parent = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
      const allowed = Object.keys(parent?.properties ?? {});
      const container = path.length === 0 ? "at the top level" : `in ${where}`;
      const list = allowed.length > 0 ? ` Allowed here: ${allowed.join(", ")}.` : "";
      return { message: `unknown key "${key}" ${container}.${didYouMean(key, allowed)}${list}`, path: [...path, key], anchor: "key" };
    }
    case "required": {
      const key = String(params["missingProperty"]);
      const hint = key === "tasks" ? " Add e.g.\n  tasks:\n    main:\n      command: [python, -m, mypackage]" : "";
      return { message: `${where} is missing the required key "${key}".${hint}`, path, anchor: "value" };
    }
    case "type": {
      const expectedRaw = params["type"];
      const expected = Array.isArray(expectedRaw) ? expectedRaw.map(String) : String(expectedRaw).split(",");
      const words = expected.map((type) => TYPE_WORDS[type] ?? type).join(" or ");
      return { message: `${where}: expected ${words}, got ${describeValue(error.data)}.${typeHint(expected, error.data)}`, path, anchor: "value" };
    }
    case "enum": {
      // A schema may allow both 3 and "3" (YAML readers write either): name each once.
      const allowed = [...new Set(((params["allowedValues"] as unknown[] | undefined) ?? []).map(String))];
      const got = String(error.data);
      return { message: `${where}: "${got}" is not one of ${allowed.join(", ")}.${didYouMean(got, allowed)}`, path, anchor: "value" };
    }
    case "pattern": {
      const parent = error.parentSchema as { "x-expected"?: string } | undefined;
      const expected = parent?.["x-expected"] ?? `text matching ${String(params["pattern"])}`;
      const got = String(error.data);
      const last = path[path.length - 1];
      const hint = typeof last === "string" && ["retry_delay", "timeout", "startup_timeout", "dagrun_timeout"].includes(last) ? durationHint(got) : "";
      return { message: `${where}: ${JSON.stringify(got)} is not valid: expected ${expected}.${hint}`, path, anchor: "value" };
    }
    case "minItems":
      return { message: `${where}: expected at least ${String(params["limit"])} item(s), got none.`, path, anchor: "value" };
    case "minProperties":
    case "maxProperties":
      return { message: countMessage(error, path), path, anchor: "value" };
    case "minLength":
      return { message: `${where}: must not be empty.`, path, anchor: "value" };
    case "uniqueItems": {
      // Pointed at the repeat (the later item), which is the one to remove.
      const later = Number(params["j"]);
      return { message: `${where}: items ${String(later)} and ${String(params["i"])} are the same; list each once.`, path: [...path, later], anchor: "value" };
    }
    case "minimum":
    case "maximum":
      return {
        message: `${where}: must be ${error.keyword === "minimum" ? "at least" : "at most"} ${String(params["limit"])}, got ${String(error.data)}.`,
        path,
        anchor: "value",
      };
    default:
      return { message: `${where}: ${error.message ?? "is not valid"}.`, path, anchor: "value" };
  }
}

/**
 * Check a loaded document against a JSON Schema (dag.yaml's unless another precompiled validator
 * is given, e.g. the repository config's); every violation, located.
 */
export function schemaProblems(source: SourceDocument, value: unknown, validate: ValidateFunction = validateDag): Problem[] {
  if (validate(value)) return [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    // allOf/$ref chains can report one fault twice; "if" and "propertyNames" wrappers repeat
    // what the error inside them (located at the key) already says.
    if (error.keyword === "if" || error.keyword === "propertyNames") continue;
    const described = messageFor(error, parsePointer(error.instancePath));
    const problem = problemAt(source, described.path, described.message, { anchor: described.anchor });
    const key = `${problem.line}:${problem.column}:${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems;
}
