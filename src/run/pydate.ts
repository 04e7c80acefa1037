/**
 * Python's date, datetime and timedelta as Airflow templates see them: context dates are pendulum 3
 * DateTimes in UTC (str() is `2024-05-09 06:00:00+00:00`, isoformat() has the `T`); `macros.datetime`
 * builds naive Python datetimes; `macros.timedelta` is datetime.timedelta.
 */
import type { LocalDateTime } from "../dagfile/model.js";
import { instantOf, MICROS_PER_DAY, MICROS_PER_SECOND, offsetSecondsAt, type Micros } from "./zone.js";

/** Broken-down calendar fields of a wall reading. */
export interface CalendarFields extends LocalDateTime {
  microsecond: number;
  /** Python's weekday(): Monday = 0. */
  weekday: number;
  /** Day of the year, 1-based. */
  yearDay: number;
}

/** Calendar fields of a wall reading (microseconds, UTC getters). */
export function calendarOf(wall: Micros): CalendarFields {
  const milliseconds = Math.floor(wall / 1000);
  const date = new Date(milliseconds);
  const startOfYear = Date.UTC(date.getUTCFullYear(), 0, 1);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    microsecond: wall - milliseconds * 1000 + date.getUTCMilliseconds() * 1000,
    weekday: (date.getUTCDay() + 6) % 7,
    yearDay: Math.floor((Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) - startOfYear) / 86_400_000) + 1,
  };
}

const pad = (value: number, width = 2): string => String(Math.abs(value)).padStart(width, "0");

/** `+HH:MM` (with `:SS` when the offset has seconds), as Python's isoformat writes it. */
export function formatOffset(offsetSeconds: number, separator = ":"): string {
  const sign = offsetSeconds < 0 ? "-" : "+";
  const total = Math.abs(offsetSeconds);
  const seconds = total % 60;
  return `${sign}${pad(Math.floor(total / 3600))}${separator}${pad(Math.floor((total % 3600) / 60))}${seconds ? `${separator}${pad(seconds)}` : ""}`;
}

function isoOfWall(wall: Micros, separator: string): string {
  const f = calendarOf(wall);
  const fraction = f.microsecond ? `.${pad(f.microsecond, 6)}` : "";
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}${separator}${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}${fraction}`;
}

/** Python's isoformat of an instant in UTC (or in `zone`): `2024-05-09T06:00:00+00:00`. */
export function formatInstant(instant: Micros, zone = "UTC", separator = "T"): string {
  const offset = offsetSecondsAt(zone, instant);
  return `${isoOfWall(instant + offset * MICROS_PER_SECOND, separator)}${formatOffset(offset)}`;
}

/** datetime.timedelta, normalised as Python keeps it (days may be negative, the rest is not). */
export class PyTimedelta {
  constructor(readonly micros: number) {}

  get days(): number {
    return Math.floor(this.micros / MICROS_PER_DAY);
  }
  get seconds(): number {
    return Math.floor((this.micros - this.days * MICROS_PER_DAY) / MICROS_PER_SECOND);
  }
  get microseconds(): number {
    return this.micros - this.days * MICROS_PER_DAY - this.seconds * MICROS_PER_SECOND;
  }
  totalSeconds(): number {
    return this.micros / MICROS_PER_SECOND;
  }
  /** `1 day, 2:03:04.000005`, as str(timedelta) prints. */
  toString(): string {
    const days = this.days;
    const clock = `${Math.floor(this.seconds / 3600)}:${pad(Math.floor((this.seconds % 3600) / 60))}:${pad(this.seconds % 60)}`;
    const fraction = this.microseconds ? `.${pad(this.microseconds, 6)}` : "";
    return `${days ? `${days} day${Math.abs(days) === 1 ? "" : "s"}, ` : ""}${clock}${fraction}`;
  }
}

/** A calendar date (datetime.date / pendulum.Date). */
export class PyDate {
  /** Midnight of the day, as a wall reading. */
  constructor(readonly wall: Micros) {}

  fields(): CalendarFields {
    return calendarOf(this.wall);
  }
  isoformat(): string {
    return isoOfWall(this.wall, "T").slice(0, 10);
  }
  toString(): string {
    return this.isoformat();
  }
  /** date + timedelta keeps the date: only whole days count. */
  plus(delta: PyTimedelta): PyDate {
    return new PyDate(this.wall + delta.days * MICROS_PER_DAY);
  }
}

/**
 * A datetime: aware (pendulum, with the zone it is in) or naive (`zone` undefined, `instant` then
 * being the wall reading itself).
 */
export class PyDateTime {
  constructor(
    readonly instant: Micros,
    readonly zone: string | undefined,
  ) {}

  get aware(): boolean {
    return this.zone !== undefined;
  }
  offsetSeconds(): number | undefined {
    return this.zone === undefined ? undefined : offsetSecondsAt(this.zone, this.instant);
  }
  wall(): Micros {
    return this.instant + (this.offsetSeconds() ?? 0) * MICROS_PER_SECOND;
  }
  fields(): CalendarFields {
    return calendarOf(this.wall());
  }
  isoformat(separator = "T"): string {
    const offset = this.offsetSeconds();
    return `${isoOfWall(this.wall(), separator)}${offset === undefined ? "" : formatOffset(offset)}`;
  }
  /** str(): pendulum 3 and Python's datetime both print isoformat with a space. */
  toString(): string {
    return this.isoformat(" ");
  }
  date(): PyDate {
    const wall = this.wall();
    return new PyDate(Math.floor(wall / MICROS_PER_DAY) * MICROS_PER_DAY);
  }
  /** POSIX timestamp in seconds (naive datetimes would use the machine's zone: refused by callers). */
  timestamp(): number {
    return this.instant / MICROS_PER_SECOND;
  }
  inZone(zone: string): PyDateTime {
    return new PyDateTime(this.instant, zone);
  }
  /**
   * datetime + timedelta. pendulum adds whole days on the wall clock (then re-reads it in the zone)
   * and the rest as elapsed time; a naive datetime only has the wall clock.
   */
  plus(delta: PyTimedelta): PyDateTime {
    if (this.zone === undefined) return new PyDateTime(this.instant + delta.micros, undefined);
    if (delta.days === 0) return new PyDateTime(this.instant + delta.micros, this.zone);
    return new PyDateTime(instantOf(this.zone, this.wall() + delta.micros, 1), this.zone);
  }
  /** datetime - timedelta: pendulum's subtract(), whole days again on the wall clock. */
  minus(delta: PyTimedelta): PyDateTime {
    if (this.zone === undefined || delta.days === 0) return new PyDateTime(this.instant - delta.micros, this.zone);
    return new PyDateTime(instantOf(this.zone, this.wall() - delta.micros, 1), this.zone);
  }
}
