import { didYouMean } from "./suggest.js";
import { TIME_ZONE_NAMES } from "./timezones.generated.js";

const NAMES = new Set(TIME_ZONE_NAMES);
const BY_LOWER_CASE = new Map(TIME_ZONE_NAMES.map((name) => [name.toLowerCase(), name]));

/**
 * Whether pendulum can load the time zone: the name must be in the IANA database exactly as
 * written (zoneinfo opens a file by that name, case-sensitively on Linux workers).
 */
export function isTimeZone(name: string): boolean {
  return NAMES.has(name);
}

/** ` Did you mean "Europe/Paris"?` for a near miss, exact-case matches first; or "". */
export function timeZoneHint(name: string): string {
  const sameLetters = BY_LOWER_CASE.get(name.toLowerCase());
  if (sameLetters) return ` Did you mean "${sameLetters}"? Time zone names are case-sensitive.`;
  return didYouMean(name, TIME_ZONE_NAMES);
}
