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
  return `the number ${String(value)}`;
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
  return "";
}

function messageFor(error: ErrorObject, path: ValuePath): { message: string; path: ValuePath; anchor: "key" | "value" } {
  const where = describePath(path);
  const params = error.params as Record<string, unknown>;
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
      const allowed = [...new Set(((params["allowedValues"] as unknown[]) ?? []).map(String))];
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
      return { message: `${where}: expected at least one entry.`, path, anchor: "value" };
    case "minLength":
      return { message: `${where}: must not be empty.`, path, anchor: "value" };
    case "uniqueItems":
      return { message: `${where}: items ${String(params["j"])} and ${String(params["i"])} are the same; list each once.`, path, anchor: "value" };
    case "minimum":
    case "maximum":
      return { message: `${where}: must be ${error.keyword === "minimum" ? "at least" : "at most"} ${String(params["limit"])}, got ${String(error.data)}.`, path, anchor: "value" };
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
    // allOf/$ref chains can report one fault twice; "if" wrappers add nothing readable.
    if (error.keyword === "if") continue;
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
