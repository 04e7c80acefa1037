/**
 * A 5-field cron expression evaluated as croniter (the library Airflow's cron timetables use)
 * evaluates it: on naive wall-clock readings, minute resolution, day-of-month and day-of-week
 * combined with OR when both are restricted, 7 meaning Sunday, and a field that lists every value
 * of its range counting as `*`.
 */
import { MICROS_PER_DAY, type Micros } from "./zone.js";

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const DAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
const MICROS_PER_MINUTE = 60_000_000;

interface FieldRange {
  min: number;
  max: number;
  names?: readonly string[];
  nameBase?: number;
}

const RANGES: readonly FieldRange[] = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: MONTHS, nameBase: 1 },
  { min: 0, max: 7, names: DAYS, nameBase: 0 },
];

/** The expanded fields of a cron expression. */
export interface CronSchedule {
  readonly minutes: ReadonlySet<number>;
  readonly hours: ReadonlySet<number>;
  readonly days: ReadonlySet<number>;
  readonly months: ReadonlySet<number>;
  /** 0 = Sunday. */
  readonly weekdays: ReadonlySet<number>;
  readonly daysRestricted: boolean;
  readonly weekdaysRestricted: boolean;
  /** The hour field is every hour (croniter normalises it to `*`); Airflow's DST handling depends on it. */
  readonly everyHour: boolean;
}

function value(text: string, range: FieldRange): number {
  if (/^\d+$/.test(text)) return Number(text);
  const index = range.names?.indexOf(text.toUpperCase()) ?? -1;
  if (index < 0) throw new Error(`cron value "${text}" was not validated`);
  return index + (range.nameBase ?? 0);
}

function expandField(text: string, range: FieldRange): Set<number> {
  const values = new Set<number>();
  for (const part of text.split(",")) {
    const [base = "*", stepText] = part.split("/");
    const step = stepText === undefined ? 1 : Number(stepText);
    let low = range.min;
    let high = range.max;
    if (base !== "*") {
      const [from = "", to] = base.split("-");
      low = value(from, range);
      // croniter reads `a/n` as `a-max/n`.
      high = to !== undefined ? value(to, range) : stepText !== undefined ? range.max : low;
    }
    for (let current = low; current <= high; current += step) values.add(current);
  }
  return values;
}

/** Expand a 5-field expression (already validated by the dag.yaml checks). */
export function parseCron(expression: string): CronSchedule {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) throw new Error(`not a 5-field cron expression: ${expression}`);
  const [minutes, hours, days, months, rawWeekdays] = fields.map((field, index) => expandField(field, RANGES[index] as FieldRange)) as [
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
  ];
  const weekdays = new Set([...rawWeekdays].map((day) => day % 7));
  return {
    minutes,
    hours,
    days,
    months,
    weekdays,
    daysRestricted: days.size < 31,
    weekdaysRestricted: weekdays.size < 7,
    everyHour: hours.size === 24,
  };
}

function dayMatches(schedule: CronSchedule, date: Date): boolean {
  if (!schedule.months.has(date.getUTCMonth() + 1)) return false;
  const byDay = schedule.days.has(date.getUTCDate());
  const byWeekday = schedule.weekdays.has(date.getUTCDay());
  if (schedule.daysRestricted && schedule.weekdaysRestricted) return byDay || byWeekday;
  if (schedule.daysRestricted) return byDay;
  if (schedule.weekdaysRestricted) return byWeekday;
  return true;
}

/** Matching minutes of one day, ascending, as offsets from its midnight. */
function minutesOfDay(schedule: CronSchedule): number[] {
  const offsets: number[] = [];
  for (const hour of [...schedule.hours].sort((a, b) => a - b)) {
    for (const minute of [...schedule.minutes].sort((a, b) => a - b)) offsets.push((hour * 60 + minute) * MICROS_PER_MINUTE);
  }
  return offsets;
}

// A day that matches comes within 8 years for any valid expression (Feb 29 across a skipped leap year).
const SEARCH_DAYS = 366 * 9;

/** The first matching wall reading strictly after `wall`. */
export function cronNext(schedule: CronSchedule, wall: Micros): Micros {
  const offsets = minutesOfDay(schedule);
  let midnight = Math.floor(wall / MICROS_PER_DAY) * MICROS_PER_DAY;
  for (let day = 0; day < SEARCH_DAYS; day += 1, midnight += MICROS_PER_DAY) {
    if (!dayMatches(schedule, new Date(midnight / 1000))) continue;
    for (const offset of offsets) if (midnight + offset > wall) return midnight + offset;
  }
  throw new Error("cron expression never fires");
}

/** The last matching wall reading strictly before `wall`. */
export function cronPrevious(schedule: CronSchedule, wall: Micros): Micros {
  const offsets = minutesOfDay(schedule).reverse();
  let midnight = Math.floor(wall / MICROS_PER_DAY) * MICROS_PER_DAY;
  for (let day = 0; day < SEARCH_DAYS; day += 1, midnight -= MICROS_PER_DAY) {
    if (!dayMatches(schedule, new Date(midnight / 1000))) continue;
    for (const offset of offsets) if (midnight + offset < wall) return midnight + offset;
  }
  throw new Error("cron expression never fired");
}
