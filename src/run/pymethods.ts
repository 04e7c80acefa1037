/**
 * Attributes and methods of template values, as Python, pendulum 3 and Jinja2's attribute lookup
 * (getattr, then getitem) give them. Anything not listed is an error naming what was asked for.
 */
import { PyDate, PyDateTime, PyTimedelta } from "./pydate.js";
import { FormatDirectiveError, strftime, type FormatSubject } from "./strftime.js";
import { numberOf, PyFloat, PyFunction, PyNamespace, pyStr, type PyValue, typeName } from "./pyvalue.js";
import { isKnownZone, MICROS_PER_DAY, MICROS_PER_SECOND } from "./zone.js";

/** A template evaluation error; the renderer adds the task, field and position. */
export class TemplateEvalError extends Error {}

/** Positional and keyword arguments bound to parameter names, as Python binds them. */
export function bindArguments(
  name: string,
  parameters: readonly string[],
  args: PyValue[],
  kwargs: ReadonlyMap<string, PyValue>,
  required = 0,
): Map<string, PyValue> {
  if (args.length > parameters.length) throw new TemplateEvalError(`${name}() takes at most ${parameters.length} arguments (${args.length} given)`);
  const bound = new Map<string, PyValue>();
  args.forEach((value, index) => bound.set(parameters[index] as string, value));
  for (const [key, value] of kwargs) {
    if (!parameters.includes(key)) throw new TemplateEvalError(`${name}() got an unexpected keyword argument '${key}'`);
    if (bound.has(key)) throw new TemplateEvalError(`${name}() got multiple values for argument '${key}'`);
    bound.set(key, value);
  }
  for (const parameter of parameters.slice(0, required))
    if (!bound.has(parameter)) throw new TemplateEvalError(`${name}() missing required argument '${parameter}'`);
  return bound;
}

function expectString(value: PyValue | undefined, what: string): string {
  if (typeof value !== "string") throw new TemplateEvalError(`${what} must be a str, not ${value === undefined ? "nothing" : typeName(value)}`);
  return value;
}

function expectNumber(value: PyValue | undefined, what: string): number {
  const number = value === undefined ? undefined : numberOf(value);
  if (number === undefined) throw new TemplateEvalError(`${what} must be a number, not ${value === undefined ? "nothing" : typeName(value)}`);
  return number;
}

/** strftime on a date or datetime value. */
export function formatValue(value: PyDateTime | PyDate, format: string): string {
  const isDateTime = value instanceof PyDateTime;
  const offset = isDateTime ? value.offsetSeconds() : undefined;
  const subject: FormatSubject = {
    fields: value.fields(),
    offsetSeconds: offset,
    zoneName: isDateTime && value.aware ? (offset === 0 && (value.zone === "UTC" || value.zone === "Etc/UTC") ? "UTC" : undefined) : undefined,
    aware: isDateTime && value.aware,
    epochSeconds: isDateTime ? value.timestamp() : value.wall / MICROS_PER_SECOND,
  };
  try {
    return strftime(format, subject);
  } catch (thrown) {
    if (thrown instanceof FormatDirectiveError) throw new TemplateEvalError(`strftime directive ${thrown.message} is not supported in local runs`);
    throw thrown;
  }
}

const DURATION_UNITS: readonly [string, number][] = [
  ["weeks", 7 * MICROS_PER_DAY],
  ["days", MICROS_PER_DAY],
  ["hours", 3600 * MICROS_PER_SECOND],
  ["minutes", 60 * MICROS_PER_SECOND],
  ["seconds", MICROS_PER_SECOND],
  ["microseconds", 1],
];

/** pendulum's add()/subtract() keyword arguments as a timedelta; years and months are refused. */
function durationOf(name: string, args: PyValue[], kwargs: ReadonlyMap<string, PyValue>): PyTimedelta {
  if (args.length > 0) throw new TemplateEvalError(`${name}() takes keyword arguments only (e.g. ${name}(days=1))`);
  let micros = 0;
  for (const [key, value] of kwargs) {
    if (key === "years" || key === "months")
      throw new TemplateEvalError(`${name}(${key}=...) is not supported in local runs (calendar months differ in length); use days`);
    const unit = DURATION_UNITS.find(([unitName]) => unitName === key);
    if (!unit) throw new TemplateEvalError(`${name}() got an unexpected keyword argument '${key}'`);
    micros += expectNumber(value, key) * unit[1];
  }
  return new PyTimedelta(Math.round(micros));
}

function method(name: string, body: (args: PyValue[], kwargs: ReadonlyMap<string, PyValue>) => PyValue): PyFunction {
  return new PyFunction(name, body);
}

const noArguments = (name: string, args: PyValue[], kwargs: ReadonlyMap<string, PyValue>): void => {
  if (args.length > 0 || kwargs.size > 0) throw new TemplateEvalError(`${name}() takes no arguments`);
};

function dateTimeAttribute(value: PyDateTime, name: string): PyValue | undefined {
  const fields = value.fields();
  switch (name) {
    case "year":
    case "month":
    case "day":
    case "hour":
    case "minute":
    case "second":
    case "microsecond":
      return fields[name];
    case "isoformat":
      return method(name, (args, kwargs) => {
        const bound = bindArguments(name, ["sep"], args, kwargs);
        const separator = bound.has("sep") ? expectString(bound.get("sep"), "sep") : "T";
        if (separator.length !== 1) throw new TemplateEvalError("isoformat() argument 1 must be a single character");
        return value.isoformat(separator);
      });
    case "strftime":
      return method(name, (args, kwargs) => formatValue(value, expectString(bindArguments(name, ["format"], args, kwargs, 1).get("format"), "format")));
    case "date":
      return method(name, (args, kwargs) => (noArguments(name, args, kwargs), value.date()));
    case "timestamp":
      return method(name, (args, kwargs) => {
        noArguments(name, args, kwargs);
        if (!value.aware) throw new TemplateEvalError("timestamp() of a naive datetime depends on the machine's time zone: not supported in local runs");
        return new PyFloat(value.timestamp());
      });
    case "weekday":
      return method(name, (args, kwargs) => (noArguments(name, args, kwargs), fields.weekday));
    case "isoweekday":
      return method(name, (args, kwargs) => (noArguments(name, args, kwargs), fields.weekday + 1));
    case "in_timezone":
    case "in_tz":
      if (!value.aware) return undefined;
      return method(name, (args, kwargs) => {
        const zone = expectString(bindArguments(name, ["tz"], args, kwargs, 1).get("tz"), "tz");
        if (!isKnownZone(zone)) throw new TemplateEvalError(`unknown time zone '${zone}'`);
        return value.inZone(zone);
      });
    case "add":
    case "subtract":
      if (!value.aware) return undefined;
      return method(name, (args, kwargs) => (name === "add" ? value.plus(durationOf(name, args, kwargs)) : value.minus(durationOf(name, args, kwargs))));
    default:
      return undefined;
  }
}

function dateAttribute(value: PyDate, name: string): PyValue | undefined {
  const fields = value.fields();
  switch (name) {
    case "year":
    case "month":
    case "day":
      return fields[name];
    case "isoformat":
      return method(name, (args, kwargs) => (noArguments(name, args, kwargs), value.isoformat()));
    case "strftime":
      return method(name, (args, kwargs) => formatValue(value, expectString(bindArguments(name, ["format"], args, kwargs, 1).get("format"), "format")));
    case "weekday":
      return method(name, (args, kwargs) => (noArguments(name, args, kwargs), fields.weekday));
    case "isoweekday":
      return method(name, (args, kwargs) => (noArguments(name, args, kwargs), fields.weekday + 1));
    default:
      return undefined;
  }
}

function stringAttribute(value: string, name: string): PyValue | undefined {
  const simple: Record<string, () => string> = {
    upper: () => value.toUpperCase(),
    lower: () => value.toLowerCase(),
    strip: () => value.replace(/^\s+|\s+$/g, ""),
    lstrip: () => value.replace(/^\s+/, ""),
    rstrip: () => value.replace(/\s+$/, ""),
  };
  const transform = simple[name];
  if (transform) return method(name, (args, kwargs) => (noArguments(name, args, kwargs), transform()));
  switch (name) {
    case "replace":
      return method(name, (args, kwargs) => {
        const bound = bindArguments(name, ["old", "new"], args, kwargs, 2);
        return value.split(expectString(bound.get("old"), "old")).join(expectString(bound.get("new"), "new"));
      });
    case "startswith":
    case "endswith":
      return method(name, (args, kwargs) => {
        const prefix = expectString(bindArguments(name, ["prefix"], args, kwargs, 1).get("prefix"), "prefix");
        return name === "startswith" ? value.startsWith(prefix) : value.endsWith(prefix);
      });
    case "split":
      return method(name, (args, kwargs) => {
        const bound = bindArguments(name, ["sep"], args, kwargs);
        const separator = bound.get("sep");
        if (separator === undefined || separator === null) return value.split(/\s+/).filter((part) => part !== "");
        const text = expectString(separator, "sep");
        if (text === "") throw new TemplateEvalError("empty separator");
        return value.split(text);
      });
    default:
      return undefined;
  }
}

function timedeltaAttribute(value: PyTimedelta, name: string): PyValue | undefined {
  switch (name) {
    case "days":
      return value.days;
    case "seconds":
      return value.seconds;
    case "microseconds":
      return value.microseconds;
    case "total_seconds":
      return method(name, (args, kwargs) => (noArguments(name, args, kwargs), new PyFloat(value.totalSeconds())));
    default:
      return undefined;
  }
}

/** `value.name` as Jinja2 resolves it; throws TemplateEvalError when there is no such attribute. */
export function attributeOf(value: PyValue, name: string): PyValue {
  let found: PyValue | undefined;
  if (value instanceof PyNamespace || value instanceof PyFunction) {
    const refusal = value instanceof PyNamespace ? value.refused.get(name) : undefined;
    if (refusal !== undefined) throw new TemplateEvalError(refusal);
    found = value instanceof PyNamespace ? value.attributes.get(name) : value.attributes?.get(name);
  } else if (value instanceof Map) {
    found =
      name === "get"
        ? method("get", (args, kwargs) => {
            const bound = bindArguments("get", ["key", "default"], args, kwargs, 1);
            return value.get(expectString(bound.get("key"), "key")) ?? bound.get("default") ?? null;
          })
        : value.get(name);
  } else if (value instanceof PyDateTime) found = dateTimeAttribute(value, name);
  else if (value instanceof PyDate) found = dateAttribute(value, name);
  else if (typeof value === "string") found = stringAttribute(value, name);
  else if (value instanceof PyTimedelta) found = timedeltaAttribute(value, name);
  if (found === undefined) {
    const shown = value instanceof Map ? "no such key" : `${typeName(value)} has no attribute '${name}' that local runs support`;
    throw new TemplateEvalError(`'${name}' is undefined: ${shown}`);
  }
  return found;
}

/** `value[key]` as Jinja2 resolves it (getitem, then getattr). */
export function itemOf(value: PyValue, key: PyValue): PyValue {
  if (value instanceof Map) {
    if (typeof key !== "string") throw new TemplateEvalError(`dict keys here are str, not ${typeName(key)}`);
    const found = value.get(key);
    if (found === undefined) throw new TemplateEvalError(`'${key}' is undefined: no such key`);
    return found;
  }
  if (Array.isArray(value) || typeof value === "string") {
    if (typeof key !== "number") throw new TemplateEvalError(`${typeName(value)} indices must be integers, not ${typeName(key)}`);
    const items = typeof value === "string" ? Array.from(value) : value;
    const index = key < 0 ? items.length + key : key;
    const found = items[index];
    if (found === undefined) throw new TemplateEvalError(`index ${key} is out of range`);
    return found;
  }
  if (typeof key === "string") return attributeOf(value, key);
  throw new TemplateEvalError(`'${typeName(value)}' object is not subscriptable`);
}

/** Python's slice of a str or list. */
export function sliceOf(value: PyValue, start: number | undefined, stop: number | undefined, step: number | undefined): PyValue {
  if (!Array.isArray(value) && typeof value !== "string") throw new TemplateEvalError(`'${typeName(value)}' object cannot be sliced`);
  const items = typeof value === "string" ? Array.from(value) : value;
  const length = items.length;
  const by = step ?? 1;
  if (by === 0) throw new TemplateEvalError("slice step cannot be zero");
  const clamp = (index: number, low: number, high: number) => Math.min(Math.max(index < 0 ? index + length : index, low), high);
  const from = start === undefined ? (by > 0 ? 0 : length - 1) : clamp(start, by > 0 ? 0 : -1, by > 0 ? length : length - 1);
  const to = stop === undefined ? (by > 0 ? length : -1) : clamp(stop, by > 0 ? 0 : -1, by > 0 ? length : length - 1);
  const picked: PyValue[] = [];
  for (let index = from; by > 0 ? index < to : index > to; index += by) picked.push(items[index] as PyValue);
  // Items of a str are its one-character strings.
  return typeof value === "string" ? (picked as string[]).join("") : picked;
}

/** str() of a value for concatenation, filters and joins. */
export function textOf(value: PyValue): string {
  return pyStr(value);
}
