/**
 * The values a template computes with, and how Python prints them: `{{ x }}` is `str(x)`, so
 * `True`, `None`, `1.0`, `['a', 'b']` and `{'k': 1}` print as Python prints them, not as JavaScript.
 */
import { PyDate, PyDateTime, PyTimedelta } from "./pydate.js";

/** A Python float (an integral JavaScript number is a Python int). */
export class PyFloat {
  constructor(readonly value: number) {}
}

/** A callable: a macro, a method bound to its value, or a constructor. */
export class PyFunction {
  constructor(
    readonly name: string,
    readonly call: (args: PyValue[], kwargs: ReadonlyMap<string, PyValue>) => PyValue,
    /** Attributes of the callable itself, e.g. `macros.datetime.strptime`. */
    readonly attributes?: ReadonlyMap<string, PyValue>,
  ) {}
}

/**
 * An object with attributes (`macros`, `dag`, `task`). `refused` names attributes Airflow has
 * that local runs do not reproduce, with the reason.
 */
export class PyNamespace {
  constructor(
    readonly name: string,
    readonly attributes: ReadonlyMap<string, PyValue>,
    readonly refused: ReadonlyMap<string, string> = new Map(),
  ) {}
}

export type PyValue =
  | null
  | boolean
  | number
  | PyFloat
  | string
  | PyValue[]
  | Map<string, PyValue>
  | PyDate
  | PyDateTime
  | PyTimedelta
  | PyFunction
  | PyNamespace;

/** A value that Python would print differently from how it can be told here. */
export class UnprintableError extends Error {}

/** Python's repr() of a float: the shortest round-trip digits, exponent outside 1e-4..1e16. */
export function floatRepr(value: number): string {
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  if (value === 0) return Object.is(value, -0) ? "-0.0" : "0.0";
  const [mantissa = "", exponentText = "0"] = value.toExponential().split("e");
  const exponent = Number(exponentText);
  const digits = mantissa.replace("-", "").replace(".", "");
  const sign = value < 0 ? "-" : "";
  if (exponent < -4 || exponent >= 16) {
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : "";
    return `${sign}${digits[0] ?? ""}${fraction}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, "0");
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole}.${fraction || "0"}`;
}

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Python's repr() of a str. */
export function stringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === "\\") out += "\\\\";
    else if (char === quote) out += `\\${quote}`;
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "\t") out += "\\t";
    else if (char !== " " && NON_PRINTABLE.test(char)) {
      out +=
        code <= 0xff
          ? `\\x${code.toString(16).padStart(2, "0")}`
          : code <= 0xffff
            ? `\\u${code.toString(16).padStart(4, "0")}`
            : `\\U${code.toString(16).padStart(8, "0")}`;
    } else out += char;
  }
  return out + quote;
}

/** Python's repr(), for the values that appear inside printed lists and dicts. */
export function pyRepr(value: PyValue): string {
  if (typeof value === "string") return stringRepr(value);
  if (value instanceof PyDateTime || value instanceof PyDate || value instanceof PyTimedelta) {
    throw new UnprintableError("a date inside a list or dict (Python prints its repr, e.g. DateTime(2024, 5, 9, ...))");
  }
  return pyStr(value);
}

/** Python's str(): what `{{ value }}` prints. */
export function pyStr(value: PyValue): string {
  if (value === null) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value;
  if (value instanceof PyFloat) return floatRepr(value.value);
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(", ")}]`;
  if (value instanceof Map) return `{${[...value].map(([key, item]) => `${stringRepr(key)}: ${pyRepr(item)}`).join(", ")}}`;
  if (value instanceof PyDateTime || value instanceof PyDate || value instanceof PyTimedelta) return value.toString();
  if (value instanceof PyFunction) throw new UnprintableError(`the function ${value.name} itself (call it)`);
  throw new UnprintableError(`the object ${value.name} itself`);
}

/** Python truthiness. */
export function pyTruthy(value: PyValue): boolean {
  if (value === null || value === false) return false;
  if (value === true) return true;
  if (typeof value === "number") return value !== 0;
  if (typeof value === "string") return value.length > 0;
  if (value instanceof PyFloat) return value.value !== 0;
  if (Array.isArray(value)) return value.length > 0;
  if (value instanceof Map) return value.size > 0;
  if (value instanceof PyTimedelta) return value.micros !== 0;
  return true;
}

/** The numeric value of an int, float or bool (bool is an int in Python), else undefined. */
export function numberOf(value: PyValue): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof PyFloat) return value.value;
  return undefined;
}

/** Python's `==` for the value kinds templates use. */
export function pyEquals(left: PyValue, right: PyValue): boolean {
  const a = numberOf(left);
  const b = numberOf(right);
  if (a !== undefined && b !== undefined) return a === b;
  if (typeof left === "string" || typeof right === "string") return left === right;
  if (left === null || right === null) return left === right;
  if (Array.isArray(left) && Array.isArray(right)) return left.length === right.length && left.every((item, index) => pyEquals(item, right[index] ?? null));
  if (left instanceof Map && right instanceof Map)
    return left.size === right.size && [...left].every(([key, item]) => right.has(key) && pyEquals(item, right.get(key) ?? null));
  if (left instanceof PyDateTime && right instanceof PyDateTime) return left.aware === right.aware && left.instant === right.instant;
  if (left instanceof PyDate && right instanceof PyDate) return left.wall === right.wall;
  if (left instanceof PyTimedelta && right instanceof PyTimedelta) return left.micros === right.micros;
  return left === right;
}

/** A Python value from JSON-like data (param defaults, --param values). */
export function fromJson(value: unknown): PyValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "number") return Number.isInteger(value) ? value : new PyFloat(value);
  if (Array.isArray(value)) return value.map(fromJson);
  if (typeof value === "object") return new Map(Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, fromJson(item)]));
  // bigint and symbol cannot come from JSON; a function or other object is refused rather than printed.
  throw new TypeError(`not a JSON value: ${typeof value}`);
}

/** Python's type name, for error messages. */
export function typeName(value: PyValue): string {
  if (value === null) return "NoneType";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number") return "int";
  if (typeof value === "string") return "str";
  if (value instanceof PyFloat) return "float";
  if (Array.isArray(value)) return "list";
  if (value instanceof Map) return "dict";
  if (value instanceof PyDateTime) return value.aware ? "DateTime" : "datetime";
  if (value instanceof PyDate) return "Date";
  if (value instanceof PyTimedelta) return "timedelta";
  if (value instanceof PyFunction) return "function";
  return value.name;
}
