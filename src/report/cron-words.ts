/**
 * A schedule in words for the PR preview: "at 06:00, Monday through Friday (Europe/Berlin)".
 * Covers what people write; anything unusual falls back to naming each field, never to a guess.
 */
import type { Schedule } from "../dagfile/model.js";

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAY_NAMES = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
const MONTH_NAMES = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

type Item = { from: number; to: number };
/** One cron field: any value, a step over a range, or a list of values and ranges. */
type Field = { kind: "any" } | { kind: "step"; from: number; to: number | undefined; step: number } | { kind: "list"; items: Item[] };

function number(text: string, names: readonly string[] | undefined, offset: number): number {
  if (/^\d+$/.test(text)) return Number(text);
  const index = names?.indexOf(text.toUpperCase()) ?? -1;
  if (index < 0) throw new Error(`not a cron value: ${text}`);
  return index + offset;
}

function parseField(text: string, names?: readonly string[], offset = 0): Field {
  if (text === "*") return { kind: "any" };
  const step = /^(\*|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)?)\/(\d+)$/.exec(text);
  if (step) {
    const [range = "*", by = "1"] = [step[1], step[2]];
    if (range === "*") return { kind: "step", from: -1, to: undefined, step: Number(by) };
    const [from = "", to] = range.split("-");
    return { kind: "step", from: number(from, names, offset), to: to === undefined ? undefined : number(to, names, offset), step: Number(by) };
  }
  const items = text.split(",").map((part) => {
    const [from = "", to] = part.split("-");
    const low = number(from, names, offset);
    return { from: low, to: to === undefined ? low : number(to, names, offset) };
  });
  return { kind: "list", items };
}

function singles(field: Field): number[] | undefined {
  if (field.kind !== "list" || field.items.some((item) => item.from !== item.to)) return undefined;
  return field.items.map((item) => item.from);
}

/** "a", "a and b", "a, b and c". */
function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

const pad = (n: number): string => String(n).padStart(2, "0");

function listWords(field: Field & { kind: "list" }, name: (n: number) => string, through = "through"): string {
  return joinWords(field.items.map((item) => (item.from === item.to ? name(item.from) : `${name(item.from)} ${through} ${name(item.to)}`)));
}

function stepWords(field: Field & { kind: "step" }, unit: string, name: (n: number) => string, first: number): string {
  const every = field.step === 1 ? `every ${unit}` : `every ${ordinal(field.step)} ${unit}`;
  const from = field.from < 0 ? first : field.from;
  if (field.to !== undefined) return `${every} from ${name(from)} through ${name(field.to)}`;
  return from === first ? every : `${every} from ${name(from)}`;
}

function timeWords(minute: Field, hour: Field): string {
  const minutes = singles(minute);
  const hours = singles(hour);
  if (minute.kind === "any" && hour.kind === "any") return "every minute";
  if (minute.kind === "step" && minute.from < 0 && minute.to === undefined && hour.kind === "any") {
    return minute.step === 1 ? "every minute" : `every ${minute.step} minutes`;
  }
  if (minutes && hours && minutes.length * hours.length <= 6) {
    const times = hours.flatMap((h) => minutes.map((m) => `${pad(h)}:${pad(m)}`));
    return `at ${joinWords(times)}`;
  }
  const minutePart =
    minutes !== undefined
      ? `at minute${minutes.length > 1 ? "s" : ""} ${joinWords(minutes.map(String))}`
      : minute.kind === "any"
        ? "every minute"
        : minute.kind === "step"
          ? stepWords(minute, "minute", String, 0)
          : `at minutes ${listWords(minute, String)}`;
  if (hour.kind === "any") return `${minutePart} of every hour`;
  if (hour.kind === "step") {
    if (hour.from < 0 && hour.to === undefined) return `${minutePart} of every ${hour.step === 1 ? "hour" : `${ordinal(hour.step)} hour`}`;
    return `${minutePart} of ${stepWords(hour, "hour", (h) => `${pad(h)}:00`, 0)}`;
  }
  return `${minutePart} past ${hour.items.length === 1 && hours ? "hour" : "hours"} ${listWords(hour, (h) => `${pad(h)}:00`)}`;
}

function dayWords(dayOfMonth: Field, dayOfWeek: Field): string {
  const dom =
    dayOfMonth.kind === "any"
      ? undefined
      : dayOfMonth.kind === "step"
        ? `${stepWords(dayOfMonth, "day", String, 1)} of the month`
        : `on day${singles(dayOfMonth)?.length === 1 ? "" : "s"} ${listWords(dayOfMonth, String)} of the month`;
  const dayName = (n: number): string => DAYS[n] ?? String(n);
  const dow =
    dayOfWeek.kind === "any"
      ? undefined
      : dayOfWeek.kind === "step"
        ? stepWords(dayOfWeek, "day of the week", dayName, 0)
        : `on ${listWords(dayOfWeek, dayName)}`;
  // Cron runs when either day field matches if both are restricted.
  if (dom && dow) return `${dom} or ${dow}`;
  return dom ?? dow ?? "every day";
}

function monthWords(month: Field): string | undefined {
  if (month.kind === "any") return undefined;
  const name = (n: number): string => MONTHS[n] ?? String(n);
  if (month.kind === "step") {
    const from = month.from < 0 ? 1 : month.from;
    const to = month.to ?? 12;
    const months: string[] = [];
    for (let m = from; m <= to; m += month.step) months.push(name(m));
    return `in ${joinWords(months)}`;
  }
  return `in ${listWords(month, name)}`;
}

/**
 * A five-field cron expression in words, e.g. `0 6 * * 1-5` -> "at 06:00, on Monday through
 * Friday". Falls back to quoting the expression when it cannot be read.
 */
export function describeCron(expression: string): string {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5) return `cron "${expression}"`;
  const [m = "", h = "", dom = "", mon = "", dow = ""] = parts;
  try {
    const minute = parseField(m);
    const hour = parseField(h);
    const dayOfMonth = parseField(dom);
    const month = parseField(mon, MONTH_NAMES, 1);
    const dayOfWeek = parseField(dow, DAY_NAMES, 0);
    const time = timeWords(minute, hour);
    const day = dayWords(dayOfMonth, dayOfWeek);
    const months = monthWords(month);
    const clauses = [time];
    if (!(day === "every day" && (time.startsWith("every") || time.includes("of every")))) clauses.push(day);
    if (months) clauses.push(months);
    return clauses.join(", ");
  } catch {
    return `cron "${expression}"`;
  }
}

/** A dag.yaml schedule in words, with its time zone. */
export function describeSchedule(schedule: Schedule, timezone: string): string {
  switch (schedule.kind) {
    case "none":
      return "no schedule: runs only when triggered";
    case "once":
      return "once, at the start date";
    case "cron": {
      const words = `${describeCron(schedule.expression)} (${timezone})`;
      return schedule.written.startsWith("@") ? `${schedule.written}: ${words}` : words;
    }
    case "assets":
      return `when ${schedule.mode === "all" ? "every one" : "any"} of ${schedule.uris.join(", ")} has been updated (asset schedule)`;
  }
}
