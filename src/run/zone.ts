/**
 * Time zone arithmetic for local runs, on epoch microseconds. A "wall" time is the calendar
 * reading in a zone, held as the microseconds it would be in UTC (so plain UTC getters read it).
 * Offsets come from the platform's IANA database through Intl.
 */

/** Microseconds since 1970-01-01T00:00:00Z (an instant), or a wall reading in the same unit. */
export type Micros = number;

export const MICROS_PER_SECOND = 1_000_000;
export const MICROS_PER_DAY = 86_400 * MICROS_PER_SECOND;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
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
      era: "short",
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Whether the platform knows the IANA zone name. */
export function isKnownZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

const UTC_NAMES = new Set(["UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Universal", "Universal", "Zulu", "Etc/Zulu"]);

/** UTC offset in seconds of `zone` at the instant `at`. */
export function offsetSecondsAt(zone: string, at: Micros): number {
  if (UTC_NAMES.has(zone)) return 0;
  const wholeSeconds = Math.floor(at / MICROS_PER_SECOND);
  const parts: Record<string, string> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(wholeSeconds * 1000))) parts[part.type] = part.value;
  const year = Number(parts["year"]) * (parts["era"] === "BC" ? -1 : 1);
  const wall = Date.UTC(year, Number(parts["month"]) - 1, Number(parts["day"]), Number(parts["hour"]), Number(parts["minute"]), Number(parts["second"])) / 1000;
  return wall - wholeSeconds;
}

/** The wall reading of the instant `at` in `zone`. */
export function wallOf(zone: string, at: Micros): Micros {
  return at + offsetSecondsAt(zone, at) * MICROS_PER_SECOND;
}

/**
 * The instant a wall reading names in `zone`, resolved as pendulum's `Timezone.convert` does for a
 * naive datetime with `fold`: a repeated reading (clocks set back) is the first occurrence with
 * fold 0 and the second with fold 1; a skipped reading (clocks set forward) is moved forward by
 * the gap, which is the same instant as reading it with the offset from before the change.
 */
export function instantOf(zone: string, wall: Micros, fold: 0 | 1): Micros {
  const before = offsetSecondsAt(zone, wall - MICROS_PER_DAY) * MICROS_PER_SECOND;
  const after = offsetSecondsAt(zone, wall + MICROS_PER_DAY) * MICROS_PER_SECOND;
  const early = wall - before;
  const late = wall - after;
  const earlyValid = wallOf(zone, early) === wall;
  const lateValid = wallOf(zone, late) === wall;
  if (earlyValid && lateValid) return fold === 1 ? Math.max(early, late) : Math.min(early, late);
  if (earlyValid) return early;
  if (lateValid) return late;
  // In the gap neither offset reads back: pendulum moves the reading by the gap (forward with
  // fold 1, which is how Airflow makes naive datetimes aware; backward with fold 0).
  return fold === 1 ? early : late;
}
