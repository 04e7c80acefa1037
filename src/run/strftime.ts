/**
 * strftime and strptime as CPython on Linux (glibc, C locale) does them, for the directives
 * templates use. A directive outside this set is an error, never a guess.
 */
import { formatOffset, type CalendarFields } from "./pydate.js";
import { MICROS_PER_SECOND, type Micros } from "./zone.js";

const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A format directive the renderer does not reproduce. */
export class FormatDirectiveError extends Error {}

/** What strftime needs besides the calendar: the UTC offset and zone name of an aware value. */
export interface FormatSubject {
  fields: CalendarFields;
  /** undefined for naive datetimes and dates (%z and %Z print nothing). */
  offsetSeconds: number | undefined;
  /** Name for %Z; undefined when it cannot be told exactly. */
  zoneName: string | undefined;
  aware: boolean;
  /** Seconds since the epoch, for %s. */
  epochSeconds: number;
}

function isoWeek(fields: CalendarFields): { year: number; week: number } {
  const ordinal = fields.yearDay;
  const isoWeekday = fields.weekday + 1;
  let week = Math.floor((ordinal - isoWeekday + 10) / 7);
  let year = fields.year;
  const weeksIn = (y: number): number => {
    const jan1 = (new Date(Date.UTC(y, 0, 1)).getUTCDay() + 6) % 7;
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    return jan1 === 3 || (leap && jan1 === 2) ? 53 : 52;
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

function numeric(directive: string, f: FormatSubject): number | undefined {
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
      return Math.floor((fields.yearDay + 6 - ((fields.weekday + 1) % 7)) / 7);
    case "W":
      return Math.floor((fields.yearDay + 6 - fields.weekday) / 7);
    default:
      return undefined;
  }
}

const WIDTH: Record<string, number> = { j: 3, u: 1, w: 1 };

function directiveText(directive: string, flag: string, f: FormatSubject): string {
  const number = numeric(directive, f);
  if (number !== undefined) {
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
      return f.offsetSeconds === undefined ? "" : formatOffset(f.offsetSeconds, "");
    case "Z":
      if (!f.aware) return "";
      if (f.zoneName === undefined) throw new FormatDirectiveError("%Z (zone abbreviations other than UTC are not known exactly)");
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
      return "\t";
    case "%":
      return "%";
    default:
      throw new FormatDirectiveError(`%${directive}`);
  }
}

/** strftime over a broken-down value. Throws FormatDirectiveError for a directive it does not know. */
export function strftime(format: string, subject: FormatSubject): string {
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
    if (directive === undefined) {
      // glibc prints a lone trailing % as is.
      out += `%${flag}`;
      break;
    }
    out += directiveText(directive, flag, subject);
    index += 1;
  }
  return out;
}

const PARSE_PATTERNS: Record<string, string> = {
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
  "%": "%",
};

/** A naive wall reading parsed by datetime.strptime, or a ValueError-like message. */
export function strptime(text: string, format: string): { ok: true; wall: Micros } | { ok: false; message: string } {
  const order: string[] = [];
  let pattern = "";
  for (let index = 0; index < format.length; index += 1) {
    const char = format[index] ?? "";
    if (char === "%") {
      const directive = format[index + 1] ?? "";
      const part = PARSE_PATTERNS[directive];
      if (part === undefined) throw new FormatDirectiveError(`%${directive}`);
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
  const found: Record<string, string> = {};
  order.forEach((directive, position) => (found[directive] = match[position + 1] ?? ""));
  const monthName = (value: string, long: boolean) =>
    MONTH_NAMES.findIndex((name) => (long ? name : name.slice(0, 3)).toLowerCase() === value.toLowerCase()) + 1;
  const year = found["Y"] !== undefined ? Number(found["Y"]) : found["y"] !== undefined ? (Number(found["y"]) < 69 ? 2000 : 1900) + Number(found["y"]) : 1900;
  const month =
    found["m"] !== undefined
      ? Number(found["m"])
      : found["b"] !== undefined
        ? monthName(found["b"], false)
        : found["B"] !== undefined
          ? monthName(found["B"], true)
          : 1;
  let hour = found["H"] !== undefined ? Number(found["H"]) : 0;
  if (found["I"] !== undefined) hour = (Number(found["I"]) % 12) + (found["p"]?.toUpperCase() === "PM" ? 12 : 0);
  let day = found["d"] !== undefined ? Number(found["d"]) : 1;
  let monthValue = month;
  if (found["j"] !== undefined && found["d"] === undefined && found["m"] === undefined) {
    const date = new Date(Date.UTC(year, 0, Number(found["j"])));
    monthValue = date.getUTCMonth() + 1;
    day = date.getUTCDate();
  }
  const micro = found["f"] !== undefined ? Number(found["f"].padEnd(6, "0")) : 0;
  const seconds = Date.UTC(year, monthValue - 1, day, hour, Number(found["M"] ?? 0), Number(found["S"] ?? 0)) / 1000;
  const check = new Date(seconds * 1000);
  if (check.getUTCDate() !== day || check.getUTCMonth() + 1 !== monthValue) return { ok: false, message: "day is out of range for month" };
  return { ok: true, wall: seconds * MICROS_PER_SECOND + micro };
}
