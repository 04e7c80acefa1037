import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  DEFAULT_RETRY_DELAY_SECONDS,
  Redactor,
  buildInvocation,
  bytesOf,
  cpusOf,
  imageExistsInvocation,
  killInvocation,
  parseEnvFile,
  priorityTotals,
  removeInvocation,
  runInvocation
} from "./chunk-WA3ZPQ4Z.js";
import {
  DEFAULT_CONTEXT_EXCLUDES,
  contentTagFor,
  contextTar,
  hashContext,
  scanContext
} from "./chunk-4TMTO46N.js";
import "./chunk-VHEWEDXM.js";
import {
  parseBuildArgs,
  parseCommandArgs
} from "./chunk-M64SRJMS.js";
import {
  compileProjects,
  lexTemplate,
  parse,
  resolveProfile,
  tokenize
} from "./chunk-VRMTMOE7.js";
import {
  closest,
  discoverProjects,
  projectFromPath
} from "./chunk-4R5KA2VE.js";
import "./chunk-JVA4ALWN.js";
import {
  UserError
} from "./chunk-K7TMSU63.js";
import "./chunk-LHRLJ43V.js";

// src/run/command.ts
import { randomBytes } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { dirname, join as join2, resolve } from "node:path";

// src/run/image.ts
async function localImage(project, contextDir, buildArgs) {
  const scanned = await scanContext({ contextDir, exclude: DEFAULT_CONTEXT_EXCLUDES });
  const contentTag = contentTagFor(hashContext(scanned.entries, { dockerfile: scanned.dockerfile, buildArgs }));
  return { project, reference: `${project}:${contentTag}`, contentTag, scanned };
}
async function ensureLocalImage(image, buildArgs, runtime, options) {
  if (await runtime.imageExists(image.reference)) return "present";
  if (options.noBuild) {
    throw new UserError(
      `${image.reference} is not in the local Docker image store and --no-build was given: run without --no-build to build it, or pass --image REF`
    );
  }
  options.onBuild();
  await runtime.build(
    {
      reference: image.reference,
      dockerfile: image.scanned.dockerfile,
      buildArgs,
      labels: { "dagship.content-tag": image.contentTag, "org.opencontainers.image.title": image.project },
      buildx: await runtime.hasBuildx()
    },
    contextTar(image.scanned),
    options.onLine
  );
  return "built";
}

// src/run/zone.ts
var MICROS_PER_SECOND = 1e6;
var MICROS_PER_DAY = 86400 * MICROS_PER_SECOND;
var formatters = /* @__PURE__ */ new Map();
function formatterFor(zone) {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      era: "short"
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}
function isKnownZone(zone) {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}
var UTC_NAMES = /* @__PURE__ */ new Set(["UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Universal", "Universal", "Zulu", "Etc/Zulu"]);
function offsetSecondsAt(zone, at) {
  if (UTC_NAMES.has(zone)) return 0;
  const wholeSeconds = Math.floor(at / MICROS_PER_SECOND);
  const parts = {};
  for (const part of formatterFor(zone).formatToParts(new Date(wholeSeconds * 1e3))) parts[part.type] = part.value;
  const year = Number(parts["year"]) * (parts["era"] === "BC" ? -1 : 1);
  const wall = Date.UTC(year, Number(parts["month"]) - 1, Number(parts["day"]), Number(parts["hour"]), Number(parts["minute"]), Number(parts["second"])) / 1e3;
  return wall - wholeSeconds;
}
function wallOf(zone, at) {
  return at + offsetSecondsAt(zone, at) * MICROS_PER_SECOND;
}
function instantOf(zone, wall, fold) {
  const before = offsetSecondsAt(zone, wall - MICROS_PER_DAY) * MICROS_PER_SECOND;
  const after = offsetSecondsAt(zone, wall + MICROS_PER_DAY) * MICROS_PER_SECOND;
  const early = wall - before;
  const late = wall - after;
  const earlyValid = wallOf(zone, early) === wall;
  const lateValid = wallOf(zone, late) === wall;
  if (earlyValid && lateValid) return fold === 1 ? Math.max(early, late) : Math.min(early, late);
  if (earlyValid) return early;
  if (lateValid) return late;
  return fold === 1 ? early : late;
}

// src/run/pydate.ts
function calendarOf(wall) {
  const milliseconds = Math.floor(wall / 1e3);
  const date = new Date(milliseconds);
  const startOfYear = Date.UTC(date.getUTCFullYear(), 0, 1);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    microsecond: wall - milliseconds * 1e3 + date.getUTCMilliseconds() * 1e3,
    weekday: (date.getUTCDay() + 6) % 7,
    yearDay: Math.floor((Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) - startOfYear) / 864e5) + 1
  };
}
var pad = (value2, width = 2) => String(Math.abs(value2)).padStart(width, "0");
function formatOffset(offsetSeconds, separator = ":") {
  const sign = offsetSeconds < 0 ? "-" : "+";
  const total = Math.abs(offsetSeconds);
  const seconds = total % 60;
  return `${sign}${pad(Math.floor(total / 3600))}${separator}${pad(Math.floor(total % 3600 / 60))}${seconds ? `${separator}${pad(seconds)}` : ""}`;
}
function isoOfWall(wall, separator) {
  const f = calendarOf(wall);
  const fraction = f.microsecond ? `.${pad(f.microsecond, 6)}` : "";
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}${separator}${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}${fraction}`;
}
function formatInstant(instant, zone = "UTC", separator = "T") {
  const offset = offsetSecondsAt(zone, instant);
  return `${isoOfWall(instant + offset * MICROS_PER_SECOND, separator)}${formatOffset(offset)}`;
}
var PyTimedelta = class {
  constructor(micros) {
    this.micros = micros;
  }
  micros;
  get days() {
    return Math.floor(this.micros / MICROS_PER_DAY);
  }
  get seconds() {
    return Math.floor((this.micros - this.days * MICROS_PER_DAY) / MICROS_PER_SECOND);
  }
  get microseconds() {
    return this.micros - this.days * MICROS_PER_DAY - this.seconds * MICROS_PER_SECOND;
  }
  totalSeconds() {
    return this.micros / MICROS_PER_SECOND;
  }
  /** `1 day, 2:03:04.000005`, as str(timedelta) prints. */
  toString() {
    const days = this.days;
    const clock = `${Math.floor(this.seconds / 3600)}:${pad(Math.floor(this.seconds % 3600 / 60))}:${pad(this.seconds % 60)}`;
    const fraction = this.microseconds ? `.${pad(this.microseconds, 6)}` : "";
    return `${days ? `${days} day${Math.abs(days) === 1 ? "" : "s"}, ` : ""}${clock}${fraction}`;
  }
};
var PyDate = class _PyDate {
  /** Midnight of the day, as a wall reading. */
  constructor(wall) {
    this.wall = wall;
  }
  wall;
  fields() {
    return calendarOf(this.wall);
  }
  isoformat() {
    return isoOfWall(this.wall, "T").slice(0, 10);
  }
  toString() {
    return this.isoformat();
  }
  /** date + timedelta keeps the date: only whole days count. */
  plus(delta) {
    return new _PyDate(this.wall + delta.days * MICROS_PER_DAY);
  }
};
var PyDateTime = class _PyDateTime {
  constructor(instant, zone) {
    this.instant = instant;
    this.zone = zone;
  }
  instant;
  zone;
  get aware() {
    return this.zone !== void 0;
  }
  offsetSeconds() {
    return this.zone === void 0 ? void 0 : offsetSecondsAt(this.zone, this.instant);
  }
  wall() {
    return this.instant + (this.offsetSeconds() ?? 0) * MICROS_PER_SECOND;
  }
  fields() {
    return calendarOf(this.wall());
  }
  isoformat(separator = "T") {
    const offset = this.offsetSeconds();
    return `${isoOfWall(this.wall(), separator)}${offset === void 0 ? "" : formatOffset(offset)}`;
  }
  /** str(): pendulum 3 and Python's datetime both print isoformat with a space. */
  toString() {
    return this.isoformat(" ");
  }
  date() {
    const wall = this.wall();
    return new PyDate(Math.floor(wall / MICROS_PER_DAY) * MICROS_PER_DAY);
  }
  /** POSIX timestamp in seconds (naive datetimes would use the machine's zone: refused by callers). */
  timestamp() {
    return this.instant / MICROS_PER_SECOND;
  }
  inZone(zone) {
    return new _PyDateTime(this.instant, zone);
  }
  /**
   * datetime + timedelta. pendulum adds whole days on the wall clock (then re-reads it in the zone)
   * and the rest as elapsed time; a naive datetime only has the wall clock.
   */
  plus(delta) {
    if (this.zone === void 0) return new _PyDateTime(this.instant + delta.micros, void 0);
    if (delta.days === 0) return new _PyDateTime(this.instant + delta.micros, this.zone);
    return new _PyDateTime(instantOf(this.zone, this.wall() + delta.micros, 1), this.zone);
  }
  /** datetime - timedelta: pendulum's subtract(), whole days again on the wall clock. */
  minus(delta) {
    if (this.zone === void 0 || delta.days === 0) return new _PyDateTime(this.instant - delta.micros, this.zone);
    return new _PyDateTime(instantOf(this.zone, this.wall() - delta.micros, 1), this.zone);
  }
};

// src/run/pyvalue.ts
var PyFloat = class {
  constructor(value2) {
    this.value = value2;
  }
  value;
};
var PyFunction = class {
  constructor(name, call, attributes) {
    this.name = name;
    this.call = call;
    this.attributes = attributes;
  }
  name;
  call;
  attributes;
};
var PyNamespace = class {
  constructor(name, attributes, refused = /* @__PURE__ */ new Map()) {
    this.name = name;
    this.attributes = attributes;
    this.refused = refused;
  }
  name;
  attributes;
  refused;
};
var UnprintableError = class extends Error {
};
function floatRepr(value2) {
  if (Number.isNaN(value2)) return "nan";
  if (!Number.isFinite(value2)) return value2 > 0 ? "inf" : "-inf";
  if (value2 === 0) return Object.is(value2, -0) ? "-0.0" : "0.0";
  const [mantissa = "", exponentText = "0"] = value2.toExponential().split("e");
  const exponent = Number(exponentText);
  const digits = mantissa.replace("-", "").replace(".", "");
  const sign = value2 < 0 ? "-" : "";
  if (exponent < -4 || exponent >= 16) {
    const fraction2 = digits.length > 1 ? `.${digits.slice(1)}` : "";
    return `${sign}${digits[0] ?? ""}${fraction2}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, "0");
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole}.${fraction || "0"}`;
}
var NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
function stringRepr(text) {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === "\\") out += "\\\\";
    else if (char === quote) out += `\\${quote}`;
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "	") out += "\\t";
    else if (char !== " " && NON_PRINTABLE.test(char)) {
      out += code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : code <= 65535 ? `\\u${code.toString(16).padStart(4, "0")}` : `\\U${code.toString(16).padStart(8, "0")}`;
    } else out += char;
  }
  return out + quote;
}
function pyRepr(value2) {
  if (typeof value2 === "string") return stringRepr(value2);
  if (value2 instanceof PyDateTime || value2 instanceof PyDate || value2 instanceof PyTimedelta) {
    throw new UnprintableError("a date inside a list or dict (Python prints its repr, e.g. DateTime(2024, 5, 9, ...))");
  }
  return pyStr(value2);
}
function pyStr(value2) {
  if (value2 === null) return "None";
  if (value2 === true) return "True";
  if (value2 === false) return "False";
  if (typeof value2 === "number") return String(value2);
  if (typeof value2 === "string") return value2;
  if (value2 instanceof PyFloat) return floatRepr(value2.value);
  if (Array.isArray(value2)) return `[${value2.map(pyRepr).join(", ")}]`;
  if (value2 instanceof Map) return `{${[...value2].map(([key, item]) => `${stringRepr(key)}: ${pyRepr(item)}`).join(", ")}}`;
  if (value2 instanceof PyDateTime || value2 instanceof PyDate || value2 instanceof PyTimedelta) return value2.toString();
  if (value2 instanceof PyFunction) throw new UnprintableError(`the function ${value2.name} itself (call it)`);
  throw new UnprintableError(`the object ${value2.name} itself`);
}
function pyTruthy(value2) {
  if (value2 === null || value2 === false) return false;
  if (value2 === true) return true;
  if (typeof value2 === "number") return value2 !== 0;
  if (typeof value2 === "string") return value2.length > 0;
  if (value2 instanceof PyFloat) return value2.value !== 0;
  if (Array.isArray(value2)) return value2.length > 0;
  if (value2 instanceof Map) return value2.size > 0;
  if (value2 instanceof PyTimedelta) return value2.micros !== 0;
  return true;
}
function numberOf(value2) {
  if (typeof value2 === "number") return value2;
  if (typeof value2 === "boolean") return value2 ? 1 : 0;
  if (value2 instanceof PyFloat) return value2.value;
  return void 0;
}
function pyEquals(left, right) {
  const a = numberOf(left);
  const b = numberOf(right);
  if (a !== void 0 && b !== void 0) return a === b;
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
function fromJson(value2) {
  if (value2 === null || value2 === void 0) return null;
  if (typeof value2 === "boolean" || typeof value2 === "string") return value2;
  if (typeof value2 === "number") return Number.isInteger(value2) ? value2 : new PyFloat(value2);
  if (Array.isArray(value2)) return value2.map(fromJson);
  if (typeof value2 === "object") return new Map(Object.entries(value2).map(([key, item]) => [key, fromJson(item)]));
  throw new TypeError(`not a JSON value: ${typeof value2}`);
}
function typeName(value2) {
  if (value2 === null) return "NoneType";
  if (typeof value2 === "boolean") return "bool";
  if (typeof value2 === "number") return "int";
  if (typeof value2 === "string") return "str";
  if (value2 instanceof PyFloat) return "float";
  if (Array.isArray(value2)) return "list";
  if (value2 instanceof Map) return "dict";
  if (value2 instanceof PyDateTime) return value2.aware ? "DateTime" : "datetime";
  if (value2 instanceof PyDate) return "Date";
  if (value2 instanceof PyTimedelta) return "timedelta";
  if (value2 instanceof PyFunction) return "function";
  return value2.name;
}

// src/run/params.ts
function declaredType(param) {
  if (param.type) return param.type;
  const value2 = param.default;
  if (value2 === null) return void 0;
  if (typeof value2 === "boolean") return "boolean";
  if (typeof value2 === "number") return Number.isInteger(value2) ? "integer" : "number";
  if (Array.isArray(value2)) return "array";
  if (typeof value2 === "object") return "object";
  return void 0;
}
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function coerceParam(text, type) {
  switch (type) {
    case void 0:
    case "string":
      return { ok: true, value: text };
    case "integer":
      return /^[-+]?\d+$/.test(text.trim()) ? { ok: true, value: Number(text) } : { ok: false, expected: "an integer, e.g. 3" };
    case "number": {
      const trimmed = text.trim();
      if (/^[-+]?\d+$/.test(trimmed)) return { ok: true, value: Number(trimmed) };
      return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed) ? { ok: true, value: new PyFloat(Number(trimmed)) } : { ok: false, expected: "a number, e.g. 2.5" };
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
      const value2 = parseJson(text);
      const fits = type === "array" ? Array.isArray(value2) : typeof value2 === "object" && value2 !== null && !Array.isArray(value2);
      return fits ? { ok: true, value: fromJson(value2) } : { ok: false, expected: type === "array" ? 'a JSON array, e.g. ["a","b"]' : 'a JSON object, e.g. {"k":1}' };
    }
  }
}
function parseParamOptions(options) {
  return options.map((option) => {
    const index = option.indexOf("=");
    if (index <= 0) throw new UserError(`--param "${option}" is not NAME=VALUE (e.g. --param full_refresh=true)`);
    return [option.slice(0, index), option.slice(index + 1)];
  });
}
function resolveParams(declared, given) {
  const byName = new Map(declared.map((param) => [param.name, param]));
  const values = /* @__PURE__ */ new Map();
  for (const param of declared) if (param.hasDefault) values.set(param.name, fromJson(param.default));
  const problems = [];
  for (const [name, text] of given) {
    const param = byName.get(name);
    if (!param) {
      const hint = closest(name, [...byName.keys()]);
      problems.push(
        `--param ${name}: the DAG declares no such param${hint ? ` (did you mean ${hint}?)` : ""}; declared: ${[...byName.keys()].join(", ") || "none"}`
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

// src/run/strftime.ts
var DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
var MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
var FormatDirectiveError = class extends Error {
};
function isoWeek(fields) {
  const ordinal = fields.yearDay;
  const isoWeekday = fields.weekday + 1;
  let week = Math.floor((ordinal - isoWeekday + 10) / 7);
  let year = fields.year;
  const weeksIn = (y) => {
    const jan1 = (new Date(Date.UTC(y, 0, 1)).getUTCDay() + 6) % 7;
    const leap = y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
    return jan1 === 3 || leap && jan1 === 2 ? 53 : 52;
  };
  if (week < 1) {
    year -= 1;
    week = weeksIn(year);
  } else if (week > weeksIn(year)) {
    year += 1;
    week = 1;
  }
  return { year, week };
}
function numeric(directive, f) {
  const { fields } = f;
  switch (directive) {
    case "d":
    case "e":
      return fields.day;
    case "m":
      return fields.month;
    case "y":
      return fields.year % 100;
    case "H":
      return fields.hour;
    case "I":
      return fields.hour % 12 === 0 ? 12 : fields.hour % 12;
    case "M":
      return fields.minute;
    case "S":
      return fields.second;
    case "j":
      return fields.yearDay;
    case "u":
      return fields.weekday + 1;
    case "w":
      return (fields.weekday + 1) % 7;
    case "V":
      return isoWeek(fields).week;
    case "U":
      return Math.floor((fields.yearDay + 6 - (fields.weekday + 1) % 7) / 7);
    case "W":
      return Math.floor((fields.yearDay + 6 - fields.weekday) / 7);
    default:
      return void 0;
  }
}
var WIDTH = { j: 3, u: 1, w: 1 };
function directiveText(directive, flag, f) {
  const number = numeric(directive, f);
  if (number !== void 0) {
    if (flag === "-") return String(number);
    const width = WIDTH[directive] ?? 2;
    return directive === "e" && flag === "" ? String(number).padStart(2, " ") : String(number).padStart(width, "0");
  }
  if (flag !== "") throw new FormatDirectiveError(`%${flag}${directive}`);
  const { fields } = f;
  switch (directive) {
    case "Y":
      return String(fields.year);
    case "G":
      return String(isoWeek(fields).year);
    case "f":
      return String(fields.microsecond).padStart(6, "0");
    case "a":
      return (DAY_NAMES[fields.weekday] ?? "").slice(0, 3);
    case "A":
      return DAY_NAMES[fields.weekday] ?? "";
    case "b":
    case "h":
      return (MONTH_NAMES[fields.month - 1] ?? "").slice(0, 3);
    case "B":
      return MONTH_NAMES[fields.month - 1] ?? "";
    case "p":
      return fields.hour < 12 ? "AM" : "PM";
    case "z":
      return f.offsetSeconds === void 0 ? "" : formatOffset(f.offsetSeconds, "");
    case "Z":
      if (!f.aware) return "";
      if (f.zoneName === void 0) throw new FormatDirectiveError("%Z (zone abbreviations other than UTC are not known exactly)");
      return f.zoneName;
    case "s":
      if (!f.aware) throw new FormatDirectiveError("%s on a naive datetime (it depends on the machine's time zone)");
      return String(Math.floor(f.epochSeconds));
    case "F":
      return strftime("%Y-%m-%d", f);
    case "T":
      return strftime("%H:%M:%S", f);
    case "R":
      return strftime("%H:%M", f);
    case "D":
    case "x":
      return strftime("%m/%d/%y", f);
    case "X":
      return strftime("%H:%M:%S", f);
    case "c":
      return strftime("%a %b %e %H:%M:%S %Y", f);
    case "C":
      return String(Math.floor(fields.year / 100)).padStart(2, "0");
    case "n":
      return "\n";
    case "t":
      return "	";
    case "%":
      return "%";
    default:
      throw new FormatDirectiveError(`%${directive}`);
  }
}
function strftime(format, subject) {
  let out = "";
  for (let index = 0; index < format.length; index += 1) {
    const char = format.charAt(index);
    if (char !== "%") {
      out += char;
      continue;
    }
    let flag = "";
    let directive = format[index + 1];
    if (directive === "-") {
      flag = "-";
      directive = format[index + 2];
      index += 1;
    }
    if (directive === void 0) {
      out += `%${flag}`;
      break;
    }
    out += directiveText(directive, flag, subject);
    index += 1;
  }
  return out;
}
var PARSE_PATTERNS = {
  Y: "(\\d\\d\\d\\d)",
  m: "(1[0-2]|0[1-9]|[1-9])",
  d: "(3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])",
  H: "(2[0-3]|[0-1]\\d|\\d)",
  I: "(1[0-2]|0[1-9]|[1-9])",
  M: "([0-5]\\d|\\d)",
  S: "(6[0-1]|[0-5]\\d|\\d)",
  f: "([0-9]{1,6})",
  y: "(\\d\\d)",
  j: "(36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])",
  b: `(${MONTH_NAMES.map((name) => name.slice(0, 3)).join("|")})`,
  B: `(${MONTH_NAMES.join("|")})`,
  a: `(${DAY_NAMES.map((name) => name.slice(0, 3)).join("|")})`,
  A: `(${DAY_NAMES.join("|")})`,
  p: "(AM|PM)",
  "%": "%"
};
function strptime(text, format) {
  const order = [];
  let pattern = "";
  for (let index = 0; index < format.length; index += 1) {
    const char = format[index] ?? "";
    if (char === "%") {
      const directive = format[index + 1] ?? "";
      const part = PARSE_PATTERNS[directive];
      if (part === void 0) throw new FormatDirectiveError(`%${directive}`);
      if (directive !== "%") order.push(directive);
      pattern += part;
      index += 1;
    } else if (/\s/.test(char)) {
      pattern += "\\s+";
    } else {
      pattern += char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }
  }
  const match = new RegExp(`^${pattern}`, "i").exec(text);
  if (!match) return { ok: false, message: `time data '${text}' does not match format '${format}'` };
  if (match[0].length !== text.length) return { ok: false, message: `unconverted data remains: ${text.slice(match[0].length)}` };
  const found = {};
  order.forEach((directive, position) => found[directive] = match[position + 1] ?? "");
  const monthName = (value2, long) => MONTH_NAMES.findIndex((name) => (long ? name : name.slice(0, 3)).toLowerCase() === value2.toLowerCase()) + 1;
  const year = found["Y"] !== void 0 ? Number(found["Y"]) : found["y"] !== void 0 ? (Number(found["y"]) < 69 ? 2e3 : 1900) + Number(found["y"]) : 1900;
  const month = found["m"] !== void 0 ? Number(found["m"]) : found["b"] !== void 0 ? monthName(found["b"], false) : found["B"] !== void 0 ? monthName(found["B"], true) : 1;
  let hour = found["H"] !== void 0 ? Number(found["H"]) : 0;
  if (found["I"] !== void 0) hour = Number(found["I"]) % 12 + (found["p"]?.toUpperCase() === "PM" ? 12 : 0);
  let day = found["d"] !== void 0 ? Number(found["d"]) : 1;
  let monthValue = month;
  if (found["j"] !== void 0 && found["d"] === void 0 && found["m"] === void 0) {
    const date = new Date(Date.UTC(year, 0, Number(found["j"])));
    monthValue = date.getUTCMonth() + 1;
    day = date.getUTCDate();
  }
  const micro = found["f"] !== void 0 ? Number(found["f"].padEnd(6, "0")) : 0;
  const seconds = Date.UTC(year, monthValue - 1, day, hour, Number(found["M"] ?? 0), Number(found["S"] ?? 0)) / 1e3;
  const check = new Date(seconds * 1e3);
  if (check.getUTCDate() !== day || check.getUTCMonth() + 1 !== monthValue) return { ok: false, message: "day is out of range for month" };
  return { ok: true, wall: seconds * MICROS_PER_SECOND + micro };
}

// src/run/pymethods.ts
var TemplateEvalError = class extends Error {
};
function bindArguments(name, parameters, args, kwargs, required = 0) {
  if (args.length > parameters.length) throw new TemplateEvalError(`${name}() takes at most ${parameters.length} arguments (${args.length} given)`);
  const bound = /* @__PURE__ */ new Map();
  args.forEach((value2, index) => bound.set(parameters[index], value2));
  for (const [key, value2] of kwargs) {
    if (!parameters.includes(key)) throw new TemplateEvalError(`${name}() got an unexpected keyword argument '${key}'`);
    if (bound.has(key)) throw new TemplateEvalError(`${name}() got multiple values for argument '${key}'`);
    bound.set(key, value2);
  }
  for (const parameter of parameters.slice(0, required))
    if (!bound.has(parameter)) throw new TemplateEvalError(`${name}() missing required argument '${parameter}'`);
  return bound;
}
function expectString(value2, what) {
  if (typeof value2 !== "string") throw new TemplateEvalError(`${what} must be a str, not ${value2 === void 0 ? "nothing" : typeName(value2)}`);
  return value2;
}
function expectNumber(value2, what) {
  const number = value2 === void 0 ? void 0 : numberOf(value2);
  if (number === void 0) throw new TemplateEvalError(`${what} must be a number, not ${value2 === void 0 ? "nothing" : typeName(value2)}`);
  return number;
}
function formatValue(value2, format) {
  const isDateTime = value2 instanceof PyDateTime;
  const offset = isDateTime ? value2.offsetSeconds() : void 0;
  const subject = {
    fields: value2.fields(),
    offsetSeconds: offset,
    zoneName: isDateTime && value2.aware ? offset === 0 && (value2.zone === "UTC" || value2.zone === "Etc/UTC") ? "UTC" : void 0 : void 0,
    aware: isDateTime && value2.aware,
    epochSeconds: isDateTime ? value2.timestamp() : value2.wall / MICROS_PER_SECOND
  };
  try {
    return strftime(format, subject);
  } catch (thrown) {
    if (thrown instanceof FormatDirectiveError) throw new TemplateEvalError(`strftime directive ${thrown.message} is not supported in local runs`);
    throw thrown;
  }
}
var DURATION_UNITS = [
  ["weeks", 7 * MICROS_PER_DAY],
  ["days", MICROS_PER_DAY],
  ["hours", 3600 * MICROS_PER_SECOND],
  ["minutes", 60 * MICROS_PER_SECOND],
  ["seconds", MICROS_PER_SECOND],
  ["microseconds", 1]
];
function durationOf(name, args, kwargs) {
  if (args.length > 0) throw new TemplateEvalError(`${name}() takes keyword arguments only (e.g. ${name}(days=1))`);
  let micros = 0;
  for (const [key, value2] of kwargs) {
    if (key === "years" || key === "months")
      throw new TemplateEvalError(`${name}(${key}=...) is not supported in local runs (calendar months differ in length); use days`);
    const unit = DURATION_UNITS.find(([unitName]) => unitName === key);
    if (!unit) throw new TemplateEvalError(`${name}() got an unexpected keyword argument '${key}'`);
    micros += expectNumber(value2, key) * unit[1];
  }
  return new PyTimedelta(Math.round(micros));
}
function method(name, body) {
  return new PyFunction(name, body);
}
var noArguments = (name, args, kwargs) => {
  if (args.length > 0 || kwargs.size > 0) throw new TemplateEvalError(`${name}() takes no arguments`);
};
function dateTimeAttribute(value2, name) {
  const fields = value2.fields();
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
        return value2.isoformat(separator);
      });
    case "strftime":
      return method(name, (args, kwargs) => formatValue(value2, expectString(bindArguments(name, ["format"], args, kwargs, 1).get("format"), "format")));
    case "date":
      return method(name, (args, kwargs) => (noArguments(name, args, kwargs), value2.date()));
    case "timestamp":
      return method(name, (args, kwargs) => {
        noArguments(name, args, kwargs);
        if (!value2.aware) throw new TemplateEvalError("timestamp() of a naive datetime depends on the machine's time zone: not supported in local runs");
        return new PyFloat(value2.timestamp());
      });
    case "weekday":
      return method(name, (args, kwargs) => (noArguments(name, args, kwargs), fields.weekday));
    case "isoweekday":
      return method(name, (args, kwargs) => (noArguments(name, args, kwargs), fields.weekday + 1));
    case "in_timezone":
    case "in_tz":
      if (!value2.aware) return void 0;
      return method(name, (args, kwargs) => {
        const zone = expectString(bindArguments(name, ["tz"], args, kwargs, 1).get("tz"), "tz");
        if (!isKnownZone(zone)) throw new TemplateEvalError(`unknown time zone '${zone}'`);
        return value2.inZone(zone);
      });
    case "add":
    case "subtract":
      if (!value2.aware) return void 0;
      return method(name, (args, kwargs) => name === "add" ? value2.plus(durationOf(name, args, kwargs)) : value2.minus(durationOf(name, args, kwargs)));
    default:
      return void 0;
  }
}
function dateAttribute(value2, name) {
  const fields = value2.fields();
  switch (name) {
    case "year":
    case "month":
    case "day":
      return fields[name];
    case "isoformat":
      return method(name, (args, kwargs) => (noArguments(name, args, kwargs), value2.isoformat()));
    case "strftime":
      return method(name, (args, kwargs) => formatValue(value2, expectString(bindArguments(name, ["format"], args, kwargs, 1).get("format"), "format")));
    case "weekday":
      return method(name, (args, kwargs) => (noArguments(name, args, kwargs), fields.weekday));
    case "isoweekday":
      return method(name, (args, kwargs) => (noArguments(name, args, kwargs), fields.weekday + 1));
    default:
      return void 0;
  }
}
function stringAttribute(value2, name) {
  const simple = {
    upper: () => value2.toUpperCase(),
    lower: () => value2.toLowerCase(),
    strip: () => value2.replace(/^\s+|\s+$/g, ""),
    lstrip: () => value2.replace(/^\s+/, ""),
    rstrip: () => value2.replace(/\s+$/, "")
  };
  const transform = simple[name];
  if (transform) return method(name, (args, kwargs) => (noArguments(name, args, kwargs), transform()));
  switch (name) {
    case "replace":
      return method(name, (args, kwargs) => {
        const bound = bindArguments(name, ["old", "new"], args, kwargs, 2);
        return value2.split(expectString(bound.get("old"), "old")).join(expectString(bound.get("new"), "new"));
      });
    case "startswith":
    case "endswith":
      return method(name, (args, kwargs) => {
        const prefix = expectString(bindArguments(name, ["prefix"], args, kwargs, 1).get("prefix"), "prefix");
        return name === "startswith" ? value2.startsWith(prefix) : value2.endsWith(prefix);
      });
    case "split":
      return method(name, (args, kwargs) => {
        const bound = bindArguments(name, ["sep"], args, kwargs);
        const separator = bound.get("sep");
        if (separator === void 0 || separator === null) return value2.split(/\s+/).filter((part) => part !== "");
        const text = expectString(separator, "sep");
        if (text === "") throw new TemplateEvalError("empty separator");
        return value2.split(text);
      });
    default:
      return void 0;
  }
}
function timedeltaAttribute(value2, name) {
  switch (name) {
    case "days":
      return value2.days;
    case "seconds":
      return value2.seconds;
    case "microseconds":
      return value2.microseconds;
    case "total_seconds":
      return method(name, (args, kwargs) => (noArguments(name, args, kwargs), new PyFloat(value2.totalSeconds())));
    default:
      return void 0;
  }
}
function attributeOf(value2, name) {
  let found;
  if (value2 instanceof PyNamespace || value2 instanceof PyFunction) {
    const refusal = value2 instanceof PyNamespace ? value2.refused.get(name) : void 0;
    if (refusal !== void 0) throw new TemplateEvalError(refusal);
    found = value2 instanceof PyNamespace ? value2.attributes.get(name) : value2.attributes?.get(name);
  } else if (value2 instanceof Map) {
    found = name === "get" ? method("get", (args, kwargs) => {
      const bound = bindArguments("get", ["key", "default"], args, kwargs, 1);
      return value2.get(expectString(bound.get("key"), "key")) ?? bound.get("default") ?? null;
    }) : value2.get(name);
  } else if (value2 instanceof PyDateTime) found = dateTimeAttribute(value2, name);
  else if (value2 instanceof PyDate) found = dateAttribute(value2, name);
  else if (typeof value2 === "string") found = stringAttribute(value2, name);
  else if (value2 instanceof PyTimedelta) found = timedeltaAttribute(value2, name);
  if (found === void 0) {
    const shown2 = value2 instanceof Map ? "no such key" : `${typeName(value2)} has no attribute '${name}' that local runs support`;
    throw new TemplateEvalError(`'${name}' is undefined: ${shown2}`);
  }
  return found;
}
function itemOf(value2, key) {
  if (value2 instanceof Map) {
    if (typeof key !== "string") throw new TemplateEvalError(`dict keys here are str, not ${typeName(key)}`);
    const found = value2.get(key);
    if (found === void 0) throw new TemplateEvalError(`'${key}' is undefined: no such key`);
    return found;
  }
  if (Array.isArray(value2) || typeof value2 === "string") {
    if (typeof key !== "number") throw new TemplateEvalError(`${typeName(value2)} indices must be integers, not ${typeName(key)}`);
    const items = typeof value2 === "string" ? Array.from(value2) : value2;
    const index = key < 0 ? items.length + key : key;
    const found = items[index];
    if (found === void 0) throw new TemplateEvalError(`index ${key} is out of range`);
    return found;
  }
  if (typeof key === "string") return attributeOf(value2, key);
  throw new TemplateEvalError(`'${typeName(value2)}' object is not subscriptable`);
}
function sliceOf(value2, start, stop, step) {
  if (!Array.isArray(value2) && typeof value2 !== "string") throw new TemplateEvalError(`'${typeName(value2)}' object cannot be sliced`);
  const items = typeof value2 === "string" ? Array.from(value2) : value2;
  const length = items.length;
  const by = step ?? 1;
  if (by === 0) throw new TemplateEvalError("slice step cannot be zero");
  const clamp = (index, low, high) => Math.min(Math.max(index < 0 ? index + length : index, low), high);
  const from = start === void 0 ? by > 0 ? 0 : length - 1 : clamp(start, by > 0 ? 0 : -1, by > 0 ? length : length - 1);
  const to = stop === void 0 ? by > 0 ? length : -1 : clamp(stop, by > 0 ? 0 : -1, by > 0 ? length : length - 1);
  const picked = [];
  for (let index = from; by > 0 ? index < to : index > to; index += by) picked.push(items[index]);
  return typeof value2 === "string" ? picked.join("") : picked;
}
function textOf(value2) {
  return pyStr(value2);
}

// src/run/context.ts
var NOT_LOCAL = "is not available in local runs (it needs Airflow's metadata database or connections)";
var REMOVED_IN_3 = "was deprecated in Airflow 2 and removed in Airflow 3";
var REFUSED = new Map([
  ...[
    "conf",
    "conn",
    "var",
    "ti",
    "task_instance",
    "dag_run",
    "inlets",
    "outlets",
    "inlet_events",
    "outlet_events",
    "triggering_asset_events",
    "triggering_dataset_events",
    "test_mode",
    "expanded_ti_count",
    "map_index_template",
    "templates_dict",
    "exception",
    "start_date"
  ].map((name) => [name, `'${name}' ${NOT_LOCAL}`]),
  ...["prev_data_interval_start_success", "prev_data_interval_end_success", "prev_start_date_success", "prev_end_date_success"].map(
    (name) => [name, `'${name}' depends on earlier runs, which local runs do not have`]
  ),
  ["execution_date", `'execution_date' ${REMOVED_IN_3}: use logical_date`],
  ["next_execution_date", `'next_execution_date' ${REMOVED_IN_3}: use data_interval_end`],
  ["prev_execution_date", `'prev_execution_date' ${REMOVED_IN_3}: use prev_data_interval_start_success`],
  ["prev_execution_date_success", `'prev_execution_date_success' ${REMOVED_IN_3}: use prev_data_interval_start_success`],
  ["next_ds", `'next_ds' ${REMOVED_IN_3}: use {{ data_interval_end | ds }}`],
  ["next_ds_nodash", `'next_ds_nodash' ${REMOVED_IN_3}: use {{ data_interval_end | ds_nodash }}`],
  ["prev_ds", `'prev_ds' ${REMOVED_IN_3}: use {{ macros.ds_add(ds, -1) }} or prev_data_interval_start_success`],
  ["prev_ds_nodash", `'prev_ds_nodash' ${REMOVED_IN_3}`],
  ["tomorrow_ds", `'tomorrow_ds' ${REMOVED_IN_3}: use {{ macros.ds_add(ds, 1) }}`],
  ["tomorrow_ds_nodash", `'tomorrow_ds_nodash' ${REMOVED_IN_3}`],
  ["yesterday_ds", `'yesterday_ds' ${REMOVED_IN_3}: use {{ macros.ds_add(ds, -1) }}`],
  ["yesterday_ds_nodash", `'yesterday_ds_nodash' ${REMOVED_IN_3}`]
]);
var MACROS_REFUSED = new Map(
  ["dateutil", "time", "uuid", "random", "json", "ds_format_locale", "datetime_diff_for_humans"].map((name) => [
    name,
    `macros.${name} is not supported in local runs (supported: ds_add, ds_format, datetime, timedelta)`
  ])
);
function stringArgument(value2, what) {
  if (typeof value2 !== "string") throw new TemplateEvalError(`${what} must be a str, not ${value2 === void 0 ? "nothing" : typeName(value2)}`);
  return value2;
}
function parsed(text, format) {
  try {
    const result = strptime(text, format);
    if (!result.ok) throw new TemplateEvalError(`ValueError: ${result.message}`);
    return new PyDateTime(result.wall, void 0);
  } catch (thrown) {
    if (thrown instanceof FormatDirectiveError) throw new TemplateEvalError(`strptime directive ${thrown.message} is not supported in local runs`);
    throw thrown;
  }
}
function dsAdd(args, kwargs) {
  const bound = bindArguments("ds_add", ["ds", "days"], args, kwargs, 2);
  const ds = bound.get("ds");
  const days = numberOf(bound.get("days"));
  if (days === void 0) throw new TemplateEvalError(`ds_add() days must be a number, not ${typeName(bound.get("days"))}`);
  if (!days) return pyStr(ds);
  const date = parsed(pyStr(ds), "%Y-%m-%d").plus(new PyTimedelta(Math.round(days * MICROS_PER_DAY)));
  return formatValue(date, "%Y-%m-%d");
}
function dsFormat(args, kwargs) {
  const bound = bindArguments("ds_format", ["ds", "input_format", "output_format"], args, kwargs, 3);
  const date = parsed(pyStr(bound.get("ds")), stringArgument(bound.get("input_format"), "input_format"));
  return formatValue(date, stringArgument(bound.get("output_format"), "output_format"));
}
var TIMEDELTA_PARAMETERS = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"];
var TIMEDELTA_UNITS = {
  days: MICROS_PER_DAY,
  seconds: MICROS_PER_SECOND,
  microseconds: 1,
  milliseconds: 1e3,
  minutes: 60 * MICROS_PER_SECOND,
  hours: 3600 * MICROS_PER_SECOND,
  weeks: 7 * MICROS_PER_DAY
};
function timedelta(args, kwargs) {
  let micros = 0;
  for (const [name, value2] of bindArguments("timedelta", TIMEDELTA_PARAMETERS, args, kwargs)) {
    const number = numberOf(value2);
    if (number === void 0) throw new TemplateEvalError(`unsupported type for timedelta ${name} component: ${typeName(value2)}`);
    micros += number * (TIMEDELTA_UNITS[name] ?? 0);
  }
  return new PyTimedelta(Math.round(micros));
}
function datetime(args, kwargs) {
  if (kwargs.has("tzinfo") || args.length > 7) throw new TemplateEvalError("macros.datetime(..., tzinfo) is not supported in local runs");
  const bound = bindArguments("datetime", ["year", "month", "day", "hour", "minute", "second", "microsecond"], args, kwargs, 3);
  const part = (name, low, high) => {
    const value2 = bound.get(name) ?? (name === "year" || name === "month" || name === "day" ? void 0 : 0);
    if (typeof value2 !== "number") throw new TemplateEvalError(`datetime() ${name} must be an int, not ${value2 === void 0 ? "nothing" : typeName(value2)}`);
    if (value2 < low || value2 > high) throw new TemplateEvalError(`datetime() ${name} must be in ${low}..${high}`);
    return value2;
  };
  const [year, month, day] = [part("year", 1, 9999), part("month", 1, 12), part("day", 1, 31)];
  const milliseconds = Date.UTC(year, month - 1, day, part("hour", 0, 23), part("minute", 0, 59), part("second", 0, 59));
  if (new Date(milliseconds).getUTCDate() !== day) throw new TemplateEvalError("datetime() day is out of range for month");
  return new PyDateTime(milliseconds * 1e3 + part("microsecond", 0, 999999), void 0);
}
var MACROS = new PyNamespace(
  "macros",
  /* @__PURE__ */ new Map([
    ["ds_add", new PyFunction("ds_add", dsAdd)],
    ["ds_format", new PyFunction("ds_format", dsFormat)],
    ["timedelta", new PyFunction("timedelta", timedelta)],
    [
      "datetime",
      new PyFunction(
        "datetime",
        datetime,
        /* @__PURE__ */ new Map([
          [
            "strptime",
            new PyFunction("strptime", (args, kwargs) => {
              const bound = bindArguments("strptime", ["date_string", "format"], args, kwargs, 2);
              return parsed(stringArgument(bound.get("date_string"), "date_string"), stringArgument(bound.get("format"), "format"));
            })
          ]
        ])
      )
    ]
  ]),
  MACROS_REFUSED
);
function runValues(run, dagId, params) {
  const logicalDate = new PyDateTime(run.logicalDate, "UTC");
  const ds = formatValue(logicalDate, "%Y-%m-%d");
  const ts = logicalDate.isoformat();
  return /* @__PURE__ */ new Map([
    ["ds", ds],
    ["ds_nodash", ds.replace(/-/g, "")],
    ["ts", ts],
    ["ts_nodash", formatValue(logicalDate, "%Y%m%dT%H%M%S")],
    ["ts_nodash_with_tz", ts.replace(/[-:]/g, "")],
    ["logical_date", logicalDate],
    ["data_interval_start", new PyDateTime(run.dataIntervalStart, "UTC")],
    ["data_interval_end", new PyDateTime(run.dataIntervalEnd, "UTC")],
    ["run_id", run.runId],
    ["params", new Map(params)],
    ["macros", MACROS],
    ["dag", new PyNamespace("dag", /* @__PURE__ */ new Map([["dag_id", dagId]]))]
  ]);
}
function taskScope(shared, dagId, taskId) {
  const values = new Map(shared);
  values.set("task", new PyNamespace("task", /* @__PURE__ */ new Map([["task_id", taskId]])));
  const dsNodash = shared.get("ds_nodash");
  if (typeof dsNodash !== "string") throw new Error("the run's values have no ds_nodash");
  values.set("task_instance_key_str", `${dagId}__${taskId}__${dsNodash}`);
  return { values, refused: REFUSED, suggest: (name) => closest(name, [...values.keys()]) };
}

// src/run/filters.ts
function dated(name, body) {
  return (value2) => {
    if (value2 === null) return null;
    if (value2 instanceof PyDateTime || value2 instanceof PyDate) return body(value2);
    throw new TemplateEvalError(`filter ${name} needs a date, got ${typeName(value2)} (Airflow calls its strftime/isoformat)`);
  };
}
var FILTERS = /* @__PURE__ */ new Map([
  ["ds", dated("ds", (value2) => formatValue(value2, "%Y-%m-%d"))],
  ["ds_nodash", dated("ds_nodash", (value2) => formatValue(value2, "%Y%m%d"))],
  ["ts", dated("ts", (value2) => value2.isoformat())],
  ["ts_nodash", dated("ts_nodash", (value2) => formatValue(value2, "%Y%m%dT%H%M%S"))],
  ["ts_nodash_with_tz", dated("ts_nodash_with_tz", (value2) => value2.isoformat().replace(/[-:]/g, ""))],
  ["upper", (value2) => textOf(value2).toUpperCase()],
  ["lower", (value2) => textOf(value2).toLowerCase()],
  ["string", (value2) => textOf(value2)],
  ["trim", (value2) => textOf(value2).replace(/^\s+|\s+$/g, "")],
  [
    "replace",
    (value2, [old, replacement]) => {
      if (typeof old !== "string" || typeof replacement !== "string") throw new TemplateEvalError("replace(old, new) takes two strings here");
      return textOf(value2).split(old).join(replacement);
    }
  ],
  [
    "join",
    (value2, [separator = ""]) => {
      if (!Array.isArray(value2)) throw new TemplateEvalError(`join needs a list, got ${typeName(value2)}`);
      return value2.map(textOf).join(textOf(separator));
    }
  ]
]);

// src/run/pyoperators.ts
function arithmetic(operator, left, right) {
  const a = numberOf(left);
  const b = numberOf(right);
  if (a === void 0 || b === void 0) return void 0;
  const float = left instanceof PyFloat || right instanceof PyFloat;
  const wrap = (value2) => float ? new PyFloat(value2) : value2;
  switch (operator) {
    case "+":
      return wrap(a + b);
    case "-":
      return wrap(a - b);
    case "*":
      return wrap(a * b);
    case "/":
      if (b === 0) throw new TemplateEvalError("division by zero");
      return new PyFloat(a / b);
    case "//":
      if (b === 0) throw new TemplateEvalError("integer division or modulo by zero");
      return wrap(Math.floor(a / b));
    case "%":
      if (b === 0) throw new TemplateEvalError("integer division or modulo by zero");
      return wrap(a - Math.floor(a / b) * b);
    default:
      return void 0;
  }
}
function compare(operator, left, right) {
  const order = (a2, b2) => a2 < b2 ? -1 : a2 > b2 ? 1 : 0;
  let result;
  const a = numberOf(left);
  const b = numberOf(right);
  if (a !== void 0 && b !== void 0) result = order(a, b);
  else if (typeof left === "string" && typeof right === "string") result = order(left, right);
  else if (left instanceof PyDateTime && right instanceof PyDateTime && left.aware === right.aware) result = order(left.instant, right.instant);
  else if (left instanceof PyDate && right instanceof PyDate) result = order(left.wall, right.wall);
  else if (left instanceof PyTimedelta && right instanceof PyTimedelta) result = order(left.micros, right.micros);
  if (result === void 0) return void 0;
  return operator === "<" ? result < 0 : operator === ">" ? result > 0 : operator === "<=" ? result <= 0 : result >= 0;
}
function contains(container, item) {
  if (typeof container === "string" && typeof item === "string") return container.includes(item);
  if (Array.isArray(container)) return container.some((element) => pyEquals(element, item));
  if (container instanceof Map && typeof item === "string") return container.has(item);
  throw new TemplateEvalError(`'in <${typeName(container)}>' requires a str, list or dict`);
}
function dateArithmetic(operator, left, right) {
  if (operator === "+") {
    if (left instanceof PyTimedelta && (right instanceof PyDateTime || right instanceof PyDate)) return dateArithmetic("+", right, left);
    if (left instanceof PyDateTime && right instanceof PyTimedelta) return left.plus(right);
    if (left instanceof PyDate && right instanceof PyTimedelta) return left.plus(right);
    if (left instanceof PyTimedelta && right instanceof PyTimedelta) return new PyTimedelta(left.micros + right.micros);
  }
  if (operator === "-") {
    if (left instanceof PyDateTime && right instanceof PyTimedelta) return left.minus(right);
    if (left instanceof PyDate && right instanceof PyTimedelta) return left.plus(new PyTimedelta(-right.days * MICROS_PER_DAY));
    if (left instanceof PyTimedelta && right instanceof PyTimedelta) return new PyTimedelta(left.micros - right.micros);
    if (left instanceof PyDate && right instanceof PyDate) return new PyTimedelta(left.wall - right.wall);
    if (left instanceof PyDateTime && right instanceof PyDateTime) {
      throw new TemplateEvalError("subtracting two datetimes gives a pendulum Interval, which local runs do not reproduce");
    }
  }
  if (operator === "*" && left instanceof PyTimedelta && typeof right === "number") return new PyTimedelta(left.micros * right);
  if (operator === "*" && typeof left === "number" && right instanceof PyTimedelta) return new PyTimedelta(left * right.micros);
  return void 0;
}
function binaryOperation(operator, left, right) {
  switch (operator) {
    case "==":
      return pyEquals(left, right);
    case "!=":
      return !pyEquals(left, right);
    case "in":
      return contains(right, left);
    case "not in":
      return !contains(right, left);
    case "~":
      return textOf(left) + textOf(right);
    case "<":
    case ">":
    case "<=":
    case ">=": {
      const result2 = compare(operator, left, right);
      if (result2 === void 0) throw new TemplateEvalError(`'${operator}' not supported between instances of '${typeName(left)}' and '${typeName(right)}'`);
      return result2;
    }
  }
  const result = arithmetic(operator, left, right) ?? dateArithmetic(operator, left, right);
  if (result !== void 0) return result;
  if (operator === "+" && typeof left === "string" && typeof right === "string") return left + right;
  if (operator === "+" && Array.isArray(left) && Array.isArray(right)) return [...left, ...right];
  if (operator === "*" && typeof left === "string" && typeof right === "number") return left.repeat(Math.max(0, right));
  throw new TemplateEvalError(`unsupported operand type(s) for ${operator}: '${typeName(left)}' and '${typeName(right)}'`);
}

// src/run/template-source.ts
var TemplateSyntaxError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
function normaliseNewlines(text) {
  const normalised = text.replace(/\r\n|\r/g, "\n");
  return normalised.endsWith("\n") ? normalised.slice(0, -1) : normalised;
}
function tagBody(text, start, end) {
  const stripBefore = text[start + 2] === "-";
  const stripAfter = text[end - 3] === "-" && end - 3 > start + 2;
  return { body: text.slice(start + 2 + (stripBefore ? 1 : 0), end - 2 - (stripAfter ? 1 : 0)), stripBefore, stripAfter };
}
function segments(text) {
  const lexed = lexTemplate(text);
  if ("message" in lexed) throw new TemplateSyntaxError(lexed.message, lexed.offset);
  const spans = [
    ...lexed.tags.map((tag) => ({ start: tag.start, end: tag.end, kind: tag.kind === "expression" ? "output" : "statement" })),
    ...lexed.inert.map(([start, end]) => ({ start, end, kind: "inert" }))
  ].sort((a, b) => a.start - b.start);
  const result = [];
  let textStart = 0;
  let stripNext = false;
  const pushText = (end, stripEnd) => {
    let piece = text.slice(textStart, end);
    if (stripNext) piece = piece.replace(/^\s+/, "");
    if (stripEnd) piece = piece.replace(/\s+$/, "");
    if (piece !== "") result.push({ kind: "text", text: piece, offset: textStart });
  };
  for (const span of spans) {
    const comment = span.kind === "inert" && text.startsWith("{#", span.start);
    const end = span.kind === "inert" && !comment ? text.indexOf("%}", span.start) + 2 : span.end;
    const { body, stripBefore, stripAfter } = tagBody(text, span.start, end);
    pushText(span.start, stripBefore);
    if (comment) result.push({ kind: "comment", offset: span.start });
    else result.push({ kind: span.kind === "output" ? "output" : "statement", body, offset: span.start, source: text.slice(span.start, end) });
    stripNext = stripAfter;
    textStart = span.end;
  }
  const lone = /\{#[-+]?$/.exec(text.slice(textStart));
  if (lone) throw new TemplateSyntaxError('unclosed comment: expected "#}"', textStart + lone.index);
  pushText(text.length, false);
  return result;
}
var COMPARISON = /* @__PURE__ */ new Set(["==", "!=", "<", ">", "<=", ">=", "in"]);
var LOWER_THAN_ADDITIVE = /* @__PURE__ */ new Set(["and", "or", "not", "if", "else", "is"]);
function checkGrouping(tokens, offset) {
  const stack = [{ comparisons: 0, concat: false, additive: false }];
  for (const token of tokens) {
    const level = stack[stack.length - 1];
    if (["OpenParen", "OpenSquareBracket", "OpenCurlyBracket"].includes(token.type)) stack.push({ comparisons: 0, concat: false, additive: false });
    else if (["CloseParen", "CloseSquareBracket", "CloseCurlyBracket"].includes(token.type)) stack.pop();
    else if (token.type === "Comma" || token.type === "Identifier" && LOWER_THAN_ADDITIVE.has(token.value)) {
      level.comparisons = 0;
      level.concat = level.additive = false;
    } else if (token.type === "ComparisonBinaryOperator" || token.type === "Identifier" && COMPARISON.has(token.value)) {
      level.comparisons += 1;
      level.concat = level.additive = false;
      if (level.comparisons > 1) throw new TemplateSyntaxError("chained comparisons (a < b < c) are not supported: write a < b and b < c", offset);
    } else if (token.type === "AdditiveBinaryOperator") {
      if (token.value === "~") level.concat = true;
      else level.additive = true;
      if (level.concat && level.additive) throw new TemplateSyntaxError("`~` next to `+` or `-` groups differently in Jinja2: add parentheses", offset);
    }
  }
}
function parseExpression(body, offset) {
  let program;
  try {
    const tokens = tokenize(`{{${body}}}`);
    checkGrouping(tokens.slice(1, -1), offset);
    program = parse(tokens);
  } catch (thrown) {
    if (thrown instanceof TemplateSyntaxError) throw thrown;
    throw new TemplateSyntaxError(`cannot parse the expression: ${thrown instanceof Error ? thrown.message : String(thrown)}`, offset);
  }
  const [expression, ...rest] = program.body;
  if (expression === void 0 || rest.length > 0) throw new TemplateSyntaxError("expected one expression", offset);
  return expression;
}

// src/run/template.ts
var TemplateError = class extends UserError {
  constructor(where, column, source, reason) {
    super(`task "${where.task}", ${where.field}, column ${column}${source ? ` (${source})` : ""}: ${reason}`);
    this.where = where;
    this.column = column;
    this.source = source;
    this.reason = reason;
  }
  where;
  column;
  source;
  reason;
};
var LITERALS = /* @__PURE__ */ new Map([
  ["true", true],
  ["True", true],
  ["false", false],
  ["False", false],
  ["none", null],
  ["None", null]
]);
var UNDEFINED = /* @__PURE__ */ Symbol("undefined");
var Evaluator = class {
  constructor(scope) {
    this.scope = scope;
  }
  scope;
  evaluate(node) {
    const value2 = this.look(node);
    if (value2 === UNDEFINED) this.undefinedName(node);
    return value2;
  }
  /** Like evaluate, but a missing name or key is UNDEFINED instead of an error (for `is defined`). */
  look(node) {
    switch (node.type) {
      case "StringLiteral":
        return node["value"];
      case "IntegerLiteral":
        return node["value"];
      case "FloatLiteral":
        return new PyFloat(node["value"]);
      case "ArrayLiteral":
        return node["value"].map((item) => this.evaluate(item));
      case "Identifier":
        return this.name(node["value"]);
      case "MemberExpression":
        return this.member(node);
      case "CallExpression":
        return this.call(node);
      case "FilterExpression":
        return this.filter(node);
      case "BinaryExpression":
        return this.binary(node);
      case "UnaryExpression":
        return this.unary(node);
      case "Ternary":
        return pyTruthy(this.evaluate(node["condition"])) ? this.evaluate(node["trueExpr"]) : this.evaluate(node["falseExpr"]);
      case "SelectExpression":
        return pyTruthy(this.evaluate(node["test"])) ? this.evaluate(node["lhs"]) : "";
      case "TestExpression":
        return this.test(node);
      case "TupleLiteral":
        throw new TemplateEvalError("tuples are not supported in local runs (Python prints them with parentheses); use a list");
      case "ObjectLiteral":
        throw new TemplateEvalError("dict literals are not supported in local runs");
      default:
        throw new TemplateEvalError(`${node.type} is not supported in local runs`);
    }
  }
  name(name) {
    const literal = LITERALS.get(name);
    if (literal !== void 0) return literal;
    const value2 = this.scope.values.get(name);
    if (value2 !== void 0) return value2;
    const refusal = this.scope.refused.get(name);
    if (refusal !== void 0) throw new TemplateEvalError(refusal);
    return UNDEFINED;
  }
  undefinedName(node) {
    const name = node.type === "Identifier" ? node["value"] : void 0;
    const hint = name === void 0 ? void 0 : this.scope.suggest?.(name);
    throw new TemplateEvalError(
      name === void 0 ? "undefined value" : `'${name}' is undefined: it is neither an Airflow context variable nor a declared param${hint ? ` (did you mean ${hint}?)` : ""}`
    );
  }
  member(node) {
    const object = this.evaluate(node["object"]);
    const property = node["property"];
    if (!node["computed"]) return attributeOf(object, property["value"]);
    if (property.type === "SliceExpression") {
      const bound = (key) => {
        const part = property[key];
        if (part === void 0) return void 0;
        const value2 = this.evaluate(part);
        if (typeof value2 !== "number") throw new TemplateEvalError(`slice indices must be integers, not ${typeName(value2)}`);
        return value2;
      };
      return sliceOf(object, bound("start"), bound("stop"), bound("step"));
    }
    return itemOf(object, this.evaluate(property));
  }
  arguments(nodes) {
    const args = [];
    const kwargs = /* @__PURE__ */ new Map();
    for (const argument of nodes) {
      if (argument.type === "KeywordArgumentExpression")
        kwargs.set(argument["key"]["value"], this.evaluate(argument["value"]));
      else if (argument.type === "SpreadExpression" || argument.type === "KeywordSpreadExpression")
        throw new TemplateEvalError("argument unpacking is not supported in local runs");
      else args.push(this.evaluate(argument));
    }
    return { args, kwargs };
  }
  call(node) {
    const callee = this.evaluate(node["callee"]);
    if (!(callee instanceof PyFunction)) throw new TemplateEvalError(`'${typeName(callee)}' object is not callable`);
    const { args, kwargs } = this.arguments(node["args"]);
    return callee.call(args, kwargs);
  }
  filter(node) {
    const operand = this.evaluate(node["operand"]);
    const filterNode = node["filter"];
    const nameNode = filterNode.type === "CallExpression" ? filterNode["callee"] : filterNode;
    const name = nameNode["value"];
    const filter = FILTERS.get(name);
    if (!filter) throw new TemplateEvalError(`filter '${name}' is not supported in local runs (supported: ${[...FILTERS.keys()].join(", ")})`);
    const { args, kwargs } = filterNode.type === "CallExpression" ? this.arguments(filterNode["args"]) : { args: [], kwargs: /* @__PURE__ */ new Map() };
    if (kwargs.size > 0) throw new TemplateEvalError(`keyword arguments to filter '${name}' are not supported in local runs`);
    return filter(operand, args);
  }
  test(node) {
    const name = node["test"]["value"];
    const operand = node["operand"];
    let looked;
    try {
      looked = this.look(operand);
    } catch (thrown) {
      if (!(thrown instanceof TemplateEvalError && operand.type === "MemberExpression" && thrown.message.includes("is undefined"))) throw thrown;
      looked = UNDEFINED;
    }
    let result;
    if (name === "defined") result = looked !== UNDEFINED;
    else if (name === "undefined") result = looked === UNDEFINED;
    else if (name === "none") result = looked === null;
    else throw new TemplateEvalError(`test 'is ${name}' is not supported in local runs (supported: defined, undefined, none)`);
    return node["negate"] ? !result : result;
  }
  unary(node) {
    const operator = node["operator"].value;
    const argument = this.evaluate(node["argument"]);
    if (operator === "not") return !pyTruthy(argument);
    const number = numberOf(argument);
    if (argument instanceof PyTimedelta && operator === "-") return new PyTimedelta(-argument.micros);
    if (number === void 0) throw new TemplateEvalError(`bad operand type for unary ${operator}: '${typeName(argument)}'`);
    const result = operator === "-" ? -number : number;
    return argument instanceof PyFloat ? new PyFloat(result) : result;
  }
  binary(node) {
    const operator = node["operator"].value;
    const left = this.evaluate(node["left"]);
    if (operator === "and") return pyTruthy(left) ? this.evaluate(node["right"]) : left;
    if (operator === "or") return pyTruthy(left) ? left : this.evaluate(node["right"]);
    return binaryOperation(operator, left, this.evaluate(node["right"]));
  }
};
function buildTree(pieces) {
  const root = [];
  const open2 = [];
  const target = () => open2[open2.length - 1]?.current ?? root;
  for (const piece of pieces) {
    if (piece.kind === "text") target().push({ kind: "text", text: piece.text });
    else if (piece.kind === "output") target().push({ kind: "output", expression: parseExpression(piece.body, piece.offset), offset: piece.offset });
    else if (piece.kind === "statement") {
      const match = /^\s*(\w+)\b([\s\S]*)$/.exec(piece.body);
      const keyword = match?.[1] ?? "";
      const rest = match?.[2] ?? "";
      const top = open2[open2.length - 1];
      if (keyword === "if") {
        const branch = { condition: parseExpression(rest, piece.offset), offset: piece.offset, body: [] };
        const node = { kind: "if", branches: [branch], otherwise: [] };
        target().push(node);
        open2.push({ node, current: branch.body, sawElse: false, segment: piece });
      } else if ((keyword === "elif" || keyword === "else" || keyword === "endif") && top) {
        if (top.sawElse && keyword !== "endif") throw new TemplateSyntaxError(`{% ${keyword} %} after {% else %}`, piece.offset);
        if (keyword === "elif") {
          const branch = { condition: parseExpression(rest, piece.offset), offset: piece.offset, body: [] };
          top.node.branches.push(branch);
          top.current = branch.body;
        } else if (keyword === "else") {
          top.sawElse = true;
          top.current = top.node.otherwise;
        } else open2.pop();
      } else {
        throw new TemplateSyntaxError(
          keyword === "elif" || keyword === "else" || keyword === "endif" ? `{% ${keyword} %} without {% if %}` : `the statement {% ${keyword} %} is not supported in local runs (supported: if/elif/else/endif)`,
          piece.offset
        );
      }
    }
  }
  const unclosed = open2[open2.length - 1];
  if (unclosed) throw new TemplateSyntaxError("{% if %} without {% endif %}", unclosed.segment.offset);
  return root;
}
function renderNodes(nodes, evaluator, out) {
  for (const node of nodes) {
    if (node.kind === "text") out.push(node.text);
    else if (node.kind === "output") {
      try {
        out.push(textOf(evaluator.evaluate(node.expression)));
      } catch (thrown) {
        throw located(thrown, node.offset);
      }
    } else {
      let chosen = node.otherwise;
      for (const branch of node.branches) {
        let holds;
        try {
          holds = pyTruthy(evaluator.evaluate(branch.condition));
        } catch (thrown) {
          throw located(thrown, branch.offset);
        }
        if (holds) {
          chosen = branch.body;
          break;
        }
      }
      renderNodes(chosen, evaluator, out);
    }
  }
}
var LocatedError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
function located(thrown, offset) {
  if (thrown instanceof LocatedError) return thrown;
  if (thrown instanceof TemplateEvalError) return new LocatedError(thrown.message, offset);
  if (thrown instanceof UnprintableError) return new LocatedError(`printing ${thrown.message} is not supported in local runs`, offset);
  return thrown;
}
function snippet(text, offset) {
  let pieces = [];
  try {
    pieces = segments(text);
  } catch {
  }
  const piece = pieces.find((segment) => segment.offset === offset);
  const source = piece && piece.kind !== "text" && piece.kind !== "comment" ? piece.source : text.slice(offset, offset + 40);
  return source.length > 60 ? `${source.slice(0, 57)}...` : source;
}
var TREES = /* @__PURE__ */ new Map();
var MAX_TREES = 1e4;
function treeOf(text) {
  let tree = TREES.get(text);
  if (tree === void 0) {
    tree = buildTree(segments(text));
    if (TREES.size >= MAX_TREES) TREES.clear();
    TREES.set(text, tree);
  }
  return tree;
}
function renderTemplate(text, scope, where) {
  const normalised = normaliseNewlines(text);
  if (!/\{[{%#]/.test(normalised)) return normalised;
  try {
    const out = [];
    renderNodes(treeOf(normalised), new Evaluator(scope), out);
    return out.join("");
  } catch (thrown) {
    if (thrown instanceof LocatedError || thrown instanceof TemplateSyntaxError) {
      throw new TemplateError(where, thrown.offset + 1, snippet(normalised, thrown.offset), thrown.message);
    }
    throw thrown;
  }
}

// src/run/plan.ts
function selectTasks(dag, names) {
  const selected = /* @__PURE__ */ new Set();
  for (const name of names) {
    const matches = dag.tasks.filter((task) => task.taskId === name || task.sourceTask === name);
    if (matches.length === 0) {
      const known = [...new Set(dag.tasks.flatMap((task) => [task.taskId, task.sourceTask]))];
      const hint = closest(name, known);
      throw new UserError(
        `${dag.dagId} has no task "${name}"${hint ? ` (did you mean ${hint}?)` : ""}; tasks: ${dag.tasks.map((task) => task.taskId).join(", ")}`
      );
    }
    for (const task of matches) selected.add(task.taskId);
  }
  return selected;
}
function renderList(parts, scope, task, field) {
  return (parts ?? []).map((part, index) => renderTemplate(part, scope, { task, field: `${field}[${index}]` }));
}
function planTask(task, shared, dag, image, upstream, priority, retries) {
  const scope = taskScope(shared, dag.dagId, task.taskId);
  const planned = {
    taskId: task.taskId,
    image,
    cmds: renderList(task.command, scope, task.taskId, "command"),
    arguments: renderList(task.args, scope, task.taskId, "args"),
    env: task.env.map(([name, value2]) => [
      renderTemplate(name, scope, { task: task.taskId, field: `env name ${name}` }),
      renderTemplate(value2, scope, { task: task.taskId, field: `env.${name}` })
    ]),
    secrets: task.secrets,
    upstream,
    triggerRule: task.triggerRule ?? "all_success",
    maxTries: retries ? (task.retries ?? 0) + 1 : 1,
    retryDelaySeconds: task.retryDelaySeconds ?? DEFAULT_RETRY_DELAY_SECONDS,
    priority
  };
  if (task.resources?.cpu !== void 0) planned.cpus = cpusOf(task.resources.cpu);
  if (task.resources?.memory !== void 0) planned.memoryBytes = bytesOf(task.resources.memory);
  if (task.timeoutSeconds !== void 0) planned.timeoutSeconds = task.timeoutSeconds;
  return planned;
}
function planRun(input) {
  const { dag, only } = input;
  const chosen = dag.tasks.filter((task) => only === void 0 || only.has(task.taskId));
  const ids = new Set(chosen.map((task) => task.taskId));
  const edges = dag.edges.filter((edge) => ids.has(edge.upstream) && ids.has(edge.downstream));
  const weights = new Map(chosen.map((task) => [task.taskId, task.priorityWeight ?? 1]));
  const priorities = priorityTotals([...ids], edges, weights);
  const upstreamOf = new Map([...ids].map((id) => [id, []]));
  for (const edge of edges) upstreamOf.get(edge.downstream)?.push(edge.upstream);
  const shared = runValues(input.run, dag.dagId, input.params);
  return chosen.map(
    (task) => planTask(task, shared, dag, input.imageOf(task), upstreamOf.get(task.taskId) ?? [], priorities.get(task.taskId) ?? 1, input.retries)
  );
}
function dryRunJson(run, dagId, tasks) {
  return {
    dag_id: dagId,
    run_id: run.runId,
    tasks: tasks.map((task) => ({
      task_id: task.taskId,
      image: task.image,
      cmds: task.cmds,
      arguments: task.arguments,
      env: Object.fromEntries(task.env),
      secrets: task.secrets.map((secret) => secret.env)
    }))
  };
}

// src/run/runtime.ts
import { execFile, spawn } from "node:child_process";
import { constants } from "node:fs";
import { mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
var DockerRuntime = class {
  constructor(binary = "docker", env = process.env) {
    this.binary = binary;
    this.env = env;
  }
  binary;
  env;
  buildx;
  exec(invocation, onLine, stdin) {
    return new Promise((resolve2, reject) => {
      const child = spawn(this.binary, [...invocation.args], {
        env: { ...this.env, ...invocation.env },
        stdio: [stdin === void 0 ? "ignore" : "pipe", "pipe", "pipe"]
      });
      const tail = [];
      const partial = { stdout: "", stderr: "" };
      const emit = (line) => {
        tail.push(line);
        if (tail.length > 20) tail.shift();
        onLine?.(line);
      };
      const collect = (stream) => (chunk) => {
        const lines = (partial[stream] + chunk.toString("utf8")).split("\n");
        partial[stream] = lines.pop() ?? "";
        for (const line of lines) emit(line.replace(/\r$/, ""));
      };
      child.stdout?.on("data", collect("stdout"));
      child.stderr?.on("data", collect("stderr"));
      child.on(
        "error",
        (error) => reject(error.code === "ENOENT" ? new UserError(`the docker CLI (${this.binary}) was not found: install Docker, or put docker on PATH`) : error)
      );
      if (stdin && child.stdin) {
        child.stdin.on("error", () => void 0);
        stdin.on("error", (error) => {
          child.kill("SIGTERM");
          reject(error);
        });
        stdin.pipe(child.stdin);
      }
      child.on("close", (code, signal) => {
        for (const stream of ["stdout", "stderr"]) if (partial[stream] !== "") emit(partial[stream]);
        resolve2({ exitCode: code ?? (signal ? 128 : 1), tail });
      });
    });
  }
  hasBuildx() {
    this.buildx ??= this.exec({ args: ["buildx", "version"], env: {} }).then((outcome) => outcome.exitCode === 0);
    return this.buildx;
  }
  async imageExists(reference) {
    return (await this.exec(imageExistsInvocation(reference))).exitCode === 0;
  }
  async build(build, context, onLine) {
    const outcome = await this.exec(buildInvocation(build), onLine, context);
    if (outcome.exitCode !== 0) {
      throw new UserError(`docker build of ${build.reference} failed (exit code ${outcome.exitCode}). Last lines:
  ${outcome.tail.join("\n  ")}`);
    }
  }
  async run(spec, secrets, onLine) {
    if (secrets === void 0) return (await this.exec(runInvocation(spec), onLine)).exitCode;
    const folder = await mkdtemp(join(tmpdir(), "dagship-secrets-"));
    const pipe = join(folder, "env");
    try {
      await promisify(execFile)("mkfifo", ["-m", "600", pipe]);
      const written = writeFile(pipe, secrets);
      const outcome = await this.exec(runInvocation({ ...spec, envFile: pipe }), onLine);
      const unblock = await open(pipe, constants.O_RDONLY | constants.O_NONBLOCK).catch(() => void 0);
      await written.catch(() => void 0);
      await unblock?.close();
      return outcome.exitCode;
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }
  async kill(name) {
    await this.exec(killInvocation(name));
  }
  async remove(name) {
    await this.exec(removeInvocation(name));
  }
};

// src/run/status.ts
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)}ms`;
  if (ms < 6e4) return `${(ms / 1e3).toFixed(1)}s`;
  const minutes = Math.floor(ms / 6e4);
  if (minutes < 60) return `${minutes}m${String(Math.floor(ms % 6e4 / 1e3)).padStart(2, "0")}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`;
}
var STATE_WORDS = {
  none: "waiting",
  running: "running",
  up_for_retry: "up for retry",
  success: "success",
  failed: "failed",
  upstream_failed: "upstream failed",
  skipped: "skipped",
  interrupted: "interrupted"
};
function summaryTable(rows) {
  const header = ["TASK", "STATE", "TRIES", "DURATION"];
  const body = rows.map((row) => [
    row.taskId,
    row.state === "none" ? "not run" : `${STATE_WORDS[row.state]}${row.state === "failed" && row.exitCode !== void 0 ? ` (exit ${row.exitCode})` : ""}`,
    row.tries === 0 ? "-" : `${row.tries}/${row.maxTries}`,
    row.tries === 0 ? "-" : formatDuration(row.durationMs)
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => (cells[column] ?? "").length)));
  return [header, ...body].map(
    (cells) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ").trimEnd()
  ).join("\n");
}
function statusLine(row, now, width) {
  const marks = {
    none: " ",
    running: ">",
    up_for_retry: "~",
    success: "+",
    failed: "x",
    upstream_failed: "-",
    skipped: "-",
    interrupted: "!"
  };
  const running = row.state === "running" && row.startedAt !== void 0 ? ` ${formatDuration(now - row.startedAt)}` : "";
  const tries = row.tries > 0 ? ` try ${row.tries}/${row.maxTries}` : "";
  const line = `${marks[row.state]} ${row.taskId.padEnd(width)}  ${STATE_WORDS[row.state]}${tries}${running}`;
  return line.trimEnd();
}
function eventLine(row, event) {
  if (event === "started") return `${row.taskId}: running (try ${row.tries} of ${row.maxTries})`;
  if (event === "settled") return `${row.taskId}: ${STATE_WORDS[row.state]} (trigger rule)`;
  const exit = row.exitCode !== void 0 ? `, exit code ${row.exitCode}` : "";
  return `${row.taskId}: ${STATE_WORDS[row.state]} after ${formatDuration(row.durationMs)}${exit}`;
}
var PlainReporter = class {
  constructor(write, showOutput) {
    this.write = write;
    this.showOutput = showOutput;
  }
  write;
  showOutput;
  update(_rows, changed, event) {
    if (changed && event !== "tick") this.write(`${eventLine(changed, event)}
`);
  }
  output(taskId, line) {
    if (this.showOutput) this.write(`${taskId} | ${line}
`);
  }
  note(text) {
    this.write(`${text}
`);
  }
  close() {
  }
};
var TtyReporter = class {
  constructor(write, now) {
    this.write = write;
    this.now = now;
  }
  write;
  now;
  drawn = 0;
  draw(rows) {
    const width = Math.max(...rows.map((row) => row.taskId.length), 4);
    const lines = rows.map((row) => statusLine(row, this.now(), width));
    const up = this.drawn > 0 ? `\x1B[${this.drawn}A` : "";
    this.write(`${up}${lines.map((line) => `\x1B[2K${line}
`).join("")}`);
    this.drawn = lines.length;
  }
  update(rows) {
    this.draw(rows);
  }
  output() {
  }
  note(text) {
    const up = this.drawn > 0 ? `\x1B[${this.drawn}A\x1B[J` : "";
    this.write(`${up}${text}
`);
    this.drawn = 0;
  }
  close(rows) {
    this.draw(rows);
  }
};

// src/run/cron-schedule.ts
var MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
var DAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
var MICROS_PER_MINUTE = 6e7;
var RANGES = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: MONTHS, nameBase: 1 },
  { min: 0, max: 7, names: DAYS, nameBase: 0 }
];
function value(text, range) {
  if (/^\d+$/.test(text)) return Number(text);
  const index = range.names?.indexOf(text.toUpperCase()) ?? -1;
  if (index < 0) throw new Error(`cron value "${text}" was not validated`);
  return index + (range.nameBase ?? 0);
}
function expandField(text, range) {
  const values = /* @__PURE__ */ new Set();
  for (const part of text.split(",")) {
    const [base = "*", stepText] = part.split("/");
    const step = stepText === void 0 ? 1 : Number(stepText);
    let low = range.min;
    let high = range.max;
    if (base !== "*") {
      const [from = "", to] = base.split("-");
      low = value(from, range);
      high = to !== void 0 ? value(to, range) : stepText !== void 0 ? range.max : low;
    }
    for (let current = low; current <= high; current += step) values.add(current);
  }
  return values;
}
function parseCron(expression) {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) throw new Error(`not a 5-field cron expression: ${expression}`);
  const [minutes, hours, days, months, rawWeekdays] = fields.map((field, index) => expandField(field, RANGES[index]));
  const weekdays = new Set([...rawWeekdays].map((day) => day % 7));
  return {
    minutes,
    hours,
    days,
    months,
    weekdays,
    daysRestricted: days.size < 31,
    weekdaysRestricted: weekdays.size < 7,
    everyHour: hours.size === 24
  };
}
function dayMatches(schedule, date) {
  if (!schedule.months.has(date.getUTCMonth() + 1)) return false;
  const byDay = schedule.days.has(date.getUTCDate());
  const byWeekday = schedule.weekdays.has(date.getUTCDay());
  if (schedule.daysRestricted && schedule.weekdaysRestricted) return byDay || byWeekday;
  if (schedule.daysRestricted) return byDay;
  if (schedule.weekdaysRestricted) return byWeekday;
  return true;
}
function minutesOfDay(schedule) {
  const offsets = [];
  for (const hour of [...schedule.hours].sort((a, b) => a - b)) {
    for (const minute of [...schedule.minutes].sort((a, b) => a - b)) offsets.push((hour * 60 + minute) * MICROS_PER_MINUTE);
  }
  return offsets;
}
var SEARCH_DAYS = 366 * 9;
function cronNext(schedule, wall) {
  const offsets = minutesOfDay(schedule);
  let midnight = Math.floor(wall / MICROS_PER_DAY) * MICROS_PER_DAY;
  for (let day = 0; day < SEARCH_DAYS; day += 1, midnight += MICROS_PER_DAY) {
    if (!dayMatches(schedule, new Date(midnight / 1e3))) continue;
    for (const offset of offsets) if (midnight + offset > wall) return midnight + offset;
  }
  throw new Error("cron expression never fires");
}
function cronPrevious(schedule, wall) {
  const offsets = minutesOfDay(schedule).reverse();
  let midnight = Math.floor(wall / MICROS_PER_DAY) * MICROS_PER_DAY;
  for (let day = 0; day < SEARCH_DAYS; day += 1, midnight -= MICROS_PER_DAY) {
    if (!dayMatches(schedule, new Date(midnight / 1e3))) continue;
    for (const offset of offsets) if (midnight + offset < wall) return midnight + offset;
  }
  throw new Error("cron expression never fired");
}

// src/run/timetable.ts
var CronTimetable = class {
  constructor(expression, zone) {
    this.expression = expression;
    this.zone = zone;
    this.schedule = parseCron(expression);
  }
  expression;
  zone;
  schedule;
  /** `_get_next`: the first schedule after `current`. */
  next(current) {
    const naive = wallOf(this.zone, current);
    const scheduled = cronNext(this.schedule, naive);
    return this.schedule.everyHour ? current + (scheduled - naive) : instantOf(this.zone, scheduled, 1);
  }
  /** `_get_prev`: the last schedule before `current`. */
  previous(current) {
    const naive = wallOf(this.zone, current);
    const scheduled = cronPrevious(this.schedule, naive);
    return this.schedule.everyHour ? current - (naive - scheduled) : instantOf(this.zone, scheduled, 1);
  }
  /** `_align_to_next`: `current` when it is a schedule, else the next one. */
  alignToNext(current) {
    const next = this.next(current);
    return this.previous(next) !== current ? next : current;
  }
  /** `_align_to_prev`: `current` when it is a schedule, else the previous one. */
  alignToPrevious(current) {
    const previous = this.previous(current);
    return this.next(previous) !== current ? previous : current;
  }
  /** A schedule strictly before `current`, stepping over readings that `previous` maps onto `current` (DST gaps). */
  strictlyBefore(current) {
    let probe = current;
    let found = this.previous(probe);
    while (found >= current) {
      probe -= 36e8;
      found = this.previous(probe);
    }
    return found;
  }
  /**
   * The data interval of the latest run triggered at or before `at`: the scheduler's sequence
   * (start = align_to_prev(previous end), end = next(start), as next_dagrun_info steps with
   * catchup) walked from a few schedules back, so a DST gap that makes `_get_prev` return its own
   * argument is crossed as the scheduler crosses it. undefined when none has ended by `at`.
   */
  latestTriggered(at) {
    let start = at;
    for (let step = 0; step < 3; step += 1) start = this.strictlyBefore(start);
    let found;
    for (let step = 0; step < 8; step += 1) {
      const end = this.next(start);
      if (end > at) break;
      found = { start, end };
      start = this.alignToPrevious(end);
    }
    return found;
  }
};
function startInstant(start, zone) {
  const wall = Date.UTC(start.year, start.month - 1, start.day, start.hour, start.minute, start.second) * 1e3;
  return instantOf(zone, wall, 1);
}
function runId(type, logicalDate) {
  return `${type}__${formatInstant(logicalDate)}`;
}
function shown(instant, zone) {
  const utc = formatInstant(instant);
  return zone === "UTC" ? utc : `${utc} (${formatInstant(instant, zone)} ${zone})`;
}
function cronRun(dag, expression, request) {
  const timetable = new CronTimetable(expression, dag.timezone);
  const earliest = dag.startDate ? timetable.alignToNext(startInstant(dag.startDate, dag.timezone)) : void 0;
  let start;
  if (request.kind === "logical-date") {
    start = request.date;
    if (timetable.alignToNext(start) !== start) {
      throw new UserError(
        `${shown(start, dag.timezone)} is not a logical date of schedule "${expression}" in ${dag.timezone}: the nearest are ${shown(timetable.previous(start), dag.timezone)} and ${shown(timetable.next(start), dag.timezone)}. A scheduled run's logical date is the start of its data interval; use --at for the time a run is triggered.`
      );
    }
    if (earliest !== void 0 && start < earliest) {
      throw new UserError(
        `the DAG has no run with logical date ${shown(start, dag.timezone)}: its first run starts at ${shown(earliest, dag.timezone)} (start_date)`
      );
    }
  } else {
    const at = request.kind === "at" ? request.at : request.now;
    const latest = timetable.latestTriggered(at);
    if (latest === void 0 || earliest !== void 0 && latest.start < earliest) {
      const first = earliest ?? timetable.alignToNext(at);
      throw new UserError(
        `no run of ${dag.dagId} has been triggered by ${shown(at, dag.timezone)}: its ${earliest !== void 0 ? "first" : "next"} run (logical date ${formatInstant(first)}) is triggered at ${shown(timetable.next(first), dag.timezone)}`
      );
    }
    start = latest.start;
  }
  const end = timetable.next(start);
  return { runType: "scheduled", runId: runId("scheduled", start), logicalDate: start, dataIntervalStart: start, dataIntervalEnd: end, runAfter: end };
}
function exactRun(runType, at) {
  return { runType, runId: runId(runType, at), logicalDate: at, dataIntervalStart: at, dataIntervalEnd: at, runAfter: at };
}
function chooseRun(dag, request) {
  switch (dag.schedule.kind) {
    case "cron":
      return cronRun(dag, dag.schedule.expression, request);
    case "once": {
      if (!dag.startDate) throw new UserError(`${dag.dagId} is scheduled @once but has no start_date: Airflow never runs it`);
      const start = startInstant(dag.startDate, dag.timezone);
      if (request.kind === "logical-date" && request.date !== start) {
        throw new UserError(
          `${dag.dagId} runs once, with logical date ${shown(start, dag.timezone)} (its start_date); got ${shown(request.date, dag.timezone)}`
        );
      }
      const at = request.kind === "at" ? request.at : request.kind === "now" ? request.now : start;
      if (at < start) throw new UserError(`${dag.dagId} runs once, at ${shown(start, dag.timezone)}; nothing was triggered by ${shown(at, dag.timezone)}`);
      return exactRun("scheduled", start);
    }
    // An asset-scheduled DAG has no timetable to pick a run from: locally it runs as Airflow runs it
    // when triggered by hand (`airflow dags trigger`), a manual run at the trigger time.
    case "assets":
    case "none": {
      const at = request.kind === "at" ? request.at : request.kind === "now" ? request.now : request.date;
      return exactRun("manual", at);
    }
  }
}

// src/run/command.ts
var OPTIONS = {
  at: { type: "string" },
  "logical-date": { type: "string" },
  param: { type: "string", multiple: true },
  "dry-run": { type: "boolean", default: false },
  json: { type: "boolean", default: false },
  parallel: { type: "string" },
  "secrets-file": { type: "string" },
  network: { type: "string" },
  "no-build": { type: "boolean", default: false },
  "no-retries": { type: "boolean", default: false },
  image: { type: "string" },
  "build-arg": { type: "string", multiple: true },
  composer: { type: "string" },
  airflow: { type: "string" },
  namespace: { type: "string" },
  verbose: { type: "boolean", default: false }
};
var DEFAULT_PARALLEL = 4;
var TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
function parseTimeOption(text, zone, flag) {
  const match = TIME.exec(text.trim());
  if (!match) throw new UserError(`${flag} "${text}" is not a date or time: use 2024-05-09, 2024-05-09T06:00 or 2024-05-09T06:00:00+02:00`);
  const [, year, month, day, hour = "0", minute = "0", second = "0", fraction = "0", offset] = match;
  const wallMs = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  if (new Date(wallMs).getUTCDate() !== Number(day)) throw new UserError(`${flag} "${text}" is not a calendar date`);
  const wall = wallMs * 1e3 + Number(fraction.padEnd(6, "0"));
  if (offset !== void 0) {
    if (offset === "Z") return wall;
    const digits = offset.replace(":", "");
    const seconds = (Number(digits.slice(1, 3)) * 3600 + Number(digits.slice(3, 5)) * 60) * (digits.startsWith("-") ? -1 : 1);
    return wall - seconds * 1e6;
  }
  const late = instantOf(zone, wall, 1);
  if (wallOf(zone, late) !== wall) throw new UserError(`${flag} "${text}" does not exist in ${zone} (clocks go forward): pick a time outside the gap`);
  if (instantOf(zone, wall, 0) !== late)
    throw new UserError(
      `${flag} "${text}" happens twice in ${zone} (clocks go back): add the UTC offset, e.g. ${formatInstant(instantOf(zone, wall, 0), zone)}`
    );
  return late;
}
function runRequest(at, logicalDate, dag, now) {
  if (at !== void 0 && logicalDate !== void 0) throw new UserError("give --at TRIGGER_TIME or --logical-date DATE, not both");
  if (!isKnownZone(dag.timezone)) throw new UserError(`time zone "${dag.timezone}" is not known to this machine`);
  if (at !== void 0) return { kind: "at", at: parseTimeOption(at, dag.timezone, "--at") };
  if (logicalDate !== void 0) return { kind: "logical-date", date: parseTimeOption(logicalDate, dag.timezone, "--logical-date") };
  return { kind: "now", now: now * 1e3 };
}
async function repositoryRoot(projectDir, cwd) {
  for (let dir = projectDir; ; dir = dirname(dir)) {
    if (await stat(join2(dir, ".git")).catch(() => void 0)) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}
async function projectImages(dag, project, root, override, buildArgs) {
  const images = /* @__PURE__ */ new Map();
  const needed = new Set(dag.tasks.flatMap((task) => task.image.kind === "project" ? [task.image.project] : []));
  const others = [...needed].filter((name) => name !== project.name);
  const repository = others.length > 0 ? await discoverProjects(root) : [];
  for (const name of needed) {
    if (name === project.name && override !== void 0) {
      images.set(name, override);
      continue;
    }
    const dir = name === project.name ? project.dir : repository.find((candidate) => candidate.name === name)?.dir;
    if (dir === void 0) throw new UserError(`a task uses the image of project "${name}", which is not in the repository at ${root}`);
    images.set(name, await localImage(name, dir, buildArgs));
  }
  return images;
}
function describeRun(run, dag) {
  const interval = run.dataIntervalStart === run.dataIntervalEnd ? "" : `, data interval ${formatInstant(run.dataIntervalStart)} to ${formatInstant(run.dataIntervalEnd)}`;
  return `${dag.dagId}: ${run.runType} run ${run.runId} (logical date ${formatInstant(run.logicalDate)}${interval})`;
}
function plainPlan(tasks) {
  return tasks.map((task) => {
    const lines = [`${task.taskId}  (${task.image})`, `  cmds:      ${JSON.stringify(task.cmds)}`, `  arguments: ${JSON.stringify(task.arguments)}`];
    for (const [name, value2] of task.env) lines.push(`  env ${name}=${value2}`);
    for (const secret of task.secrets) lines.push(`  secret ${secret.env} (from ${secret.secret}/${secret.key})`);
    return lines.join("\n");
  }).join("\n");
}
async function runCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'Run "dagship --help" for usage.');
  const [projectPath, ...taskNames] = positionals;
  if (projectPath === void 0) throw new UserError("dagship run needs a project folder: dagship run PROJECT_DIR [TASK...]");
  const profileOptions = {};
  if (values.composer !== void 0) profileOptions.composer = values.composer;
  if (values.airflow !== void 0) profileOptions.airflow = values.airflow;
  if (values.namespace !== void 0) profileOptions.namespace = values.namespace;
  const profile = resolveProfile(profileOptions);
  const project = await projectFromPath(resolve(io.cwd, projectPath), io.cwd);
  const [compiled] = await compileProjects([project], profile, { knownProjects: null });
  if (!compiled?.dag) throw new UserError(`${project.specPath} has errors; nothing was run`, compiled?.problems ?? []);
  const dag = compiled.dag;
  const parallel = values.parallel === void 0 ? Math.min(DEFAULT_PARALLEL, dag.maxActiveTasks ?? DEFAULT_PARALLEL) : Number(values.parallel);
  if (!Number.isInteger(parallel) || parallel < 1) throw new UserError(`--parallel must be a whole number of 1 or more, not "${values.parallel}"`);
  const now = io.now ?? (() => Date.now());
  const run = chooseRun(dag, runRequest(values.at, values["logical-date"], dag, now()));
  const params = resolveParams(dag.params, parseParamOptions(values.param ?? []));
  const root = await repositoryRoot(project.dir, io.cwd);
  const buildArgs = parseBuildArgs(values["build-arg"] ?? []);
  const images = await projectImages(dag, project, root, values.image, buildArgs);
  const imageOf = (task) => {
    if (task.image.kind === "reference") return task.image.reference;
    const image = images.get(task.image.project);
    return typeof image === "string" ? image : image?.reference ?? task.image.project;
  };
  const only = taskNames.length > 0 ? selectTasks(dag, taskNames) : void 0;
  const tasks = planRun({ dag, run, params, imageOf, retries: !values["no-retries"], ...only ? { only } : {} });
  if (values["dry-run"]) {
    io.stdout(values.json ? `${JSON.stringify(dryRunJson(run, dag.dagId, tasks), null, 2)}
` : `${describeRun(run, dag)}
${plainPlan(tasks)}
`);
    return 0;
  }
  const runtime = io.runtime ?? new DockerRuntime();
  const log = (text) => io.stderr(`${text}
`);
  log(describeRun(run, dag));
  for (const image of images.values()) {
    if (typeof image === "string") continue;
    const outcome2 = await ensureLocalImage(image, buildArgs, runtime, {
      noBuild: values["no-build"],
      onBuild: () => log(`building ${image.reference} (the content tag deploy would use)`),
      onLine: (line) => values.verbose ? log(`  ${line}`) : void 0
    });
    if (outcome2 === "present") log(`image ${image.reference} is up to date`);
  }
  const redactor = new Redactor();
  let secrets;
  if (values["secrets-file"] !== void 0) {
    const file = resolve(io.cwd, values["secrets-file"]);
    const text = await readFile(file, "utf8").catch((thrown) => {
      const error = thrown;
      throw new UserError(`cannot read --secrets-file ${file}: ${error.code ?? error.message}`);
    });
    secrets = parseEnvFile(text, file);
    for (const value2 of secrets.values()) redactor.add(value2);
  }
  const logDir = join2(root, ".dagship", "runs", run.runId);
  const tty = io.tty ?? (process.stderr.isTTY && !values.json);
  const reporter = tty ? new TtyReporter(io.stderr, now) : new PlainReporter(io.stderr, true);
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.on("SIGINT", onSigint);
  let outcome;
  try {
    const { executeRun } = await import("./executor-WKGWWXG2.js");
    outcome = await executeRun(tasks, {
      dagId: dag.dagId,
      runId: run.runId,
      runKey: randomBytes(4).toString("hex"),
      runtime,
      reporter,
      redactor,
      secrets,
      network: values.network,
      parallel,
      retries: !values["no-retries"],
      logDir,
      signal: controller.signal,
      now
    });
  } finally {
    process.off("SIGINT", onSigint);
  }
  if (outcome.interrupted)
    log(`interrupted: ${outcome.stopped.length > 0 ? `stopped and removed the containers of ${outcome.stopped.join(", ")}` : "no container was running"}`);
  log(summaryTable(outcome.rows));
  log(`logs: ${logDir}`);
  if (values.json) {
    io.stdout(
      `${JSON.stringify({ dag_id: dag.dagId, run_id: run.runId, interrupted: outcome.interrupted, log_dir: logDir, tasks: outcome.rows.map((row) => ({ task_id: row.taskId, state: row.state, tries: row.tries, duration_ms: row.durationMs, ...row.exitCode !== void 0 ? { exit_code: row.exitCode } : {} })) }, null, 2)}
`
    );
  }
  return outcome.interrupted ? 130 : outcome.failed ? 1 : 0;
}
export {
  parseTimeOption,
  runCommand
};
//# sourceMappingURL=command-E4NF4Y7L.js.map
