/** Airflow's cron presets, and the 5-field expressions they stand for. */
export const CRON_PRESETS: Readonly<Record<string, string>> = {
  "@hourly": "0 * * * *",
  "@daily": "0 0 * * *",
  "@weekly": "0 0 * * 0",
  "@monthly": "0 0 1 * *",
  "@quarterly": "0 0 1 */3 *",
  "@yearly": "0 0 1 1 *",
  "@annually": "0 0 1 1 *",
};

interface FieldRule {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
}

const FIELDS: readonly FieldRule[] = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day of month", min: 1, max: 31 },
  { name: "month", min: 1, max: 12, names: ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"] },
  { name: "day of week", min: 0, max: 7, names: ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"] },
];

/** A cron problem, with the character offset of the offending field inside the expression. */
export interface CronError {
  offset: number;
  message: string;
}

export type CronResult = { ok: true; expression: string } | { ok: false; error: CronError };

function parseValue(text: string, rule: FieldRule): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const index = rule.names?.indexOf(text.toUpperCase()) ?? -1;
  if (index < 0) return undefined;
  return rule.name === "month" ? index + 1 : index;
}

function checkField(text: string, rule: FieldRule): string | undefined {
  const range = `${rule.min}-${rule.max}${rule.names ? ` or ${rule.names[0]}-${rule.names[rule.names.length - 1]}` : ""}`;
  for (const part of text.split(",")) {
    if (part === "") return `empty list item in the ${rule.name} field`;
    const [base = "", step, extra] = part.split("/");
    if (extra !== undefined) return `"${part}" has more than one "/" in the ${rule.name} field`;
    if (step !== undefined && !/^[1-9]\d*$/.test(step)) return `step "/${step}" in the ${rule.name} field must be a positive whole number`;
    if (base === "*") continue;
    const bounds = base.split("-");
    if (bounds.length > 2) return `"${base}" is not a value or a range in the ${rule.name} field`;
    const values = bounds.map((bound) => parseValue(bound, rule));
    for (const [index, value] of values.entries()) {
      const raw = bounds[index] ?? "";
      if (value === undefined) return `"${raw}" is not a valid ${rule.name} (expected ${range}, *, a range a-b, a list a,b or a step */n)`;
      if (value < rule.min || value > rule.max) return `${raw} is out of range for the ${rule.name} field (expected ${range})`;
    }
    const [low, high] = values as number[];
    if (high !== undefined && low !== undefined && low > high) return `range ${base} in the ${rule.name} field runs backwards`;
  }
  return undefined;
}

/**
 * Validate a schedule string: a 5-field cron expression or one of Airflow's presets.
 * Presets (except @once) are expanded to their cron form so both Airflow majors get one timetable.
 */
export function parseSchedule(text: string): CronResult {
  if (text === "@once") return { ok: true, expression: "@once" };
  if (text.startsWith("@")) {
    const preset = CRON_PRESETS[text];
    if (preset) return { ok: true, expression: preset };
    const known = [...Object.keys(CRON_PRESETS), "@once"].join(", ");
    return { ok: false, error: { offset: 0, message: `unknown schedule preset "${text}" (expected one of ${known}, a 5-field cron expression, or null)` } };
  }
  const fields: { text: string; offset: number }[] = [];
  const pattern = /\S+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) fields.push({ text: match[0], offset: match.index });
  if (fields.length !== 5) {
    const hint = fields.length === 6 ? " Seconds are not supported: drop the first field." : "";
    return {
      ok: false,
      error: {
        offset: 0,
        message: `a cron expression needs 5 fields (minute hour day-of-month month day-of-week), found ${fields.length}.${hint} Example: "0 6 * * *"`,
      },
    };
  }
  for (const [index, field] of fields.entries()) {
    const rule = FIELDS[index] as FieldRule;
    const problem = checkField(field.text, rule);
    if (problem) return { ok: false, error: { offset: field.offset, message: `invalid cron expression: ${problem}` } };
  }
  return { ok: true, expression: fields.map((field) => field.text).join(" ") };
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** Longest month lengths; February counts its leap day, which some year in every 28 brings. */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The values a validated cron field selects. */
function fieldValues(text: string, rule: FieldRule): number[] {
  const values = new Set<number>();
  for (const part of text.split(",")) {
    const [base = "*", step = "1"] = part.split("/");
    const [low, high] = base === "*" ? [rule.min, rule.max] : base.split("-").map((bound) => parseValue(bound, rule) ?? rule.min);
    const end = high ?? (part.includes("/") ? rule.max : (low ?? rule.min));
    for (let value = low ?? rule.min; value <= end; value += Number(step)) values.add(value);
  }
  return [...values];
}

/**
 * Whether a valid 5-field cron expression can ever fire. Only the day of month can make it
 * impossible: with the day of week `*`, some listed month must have a listed day (February
 * has 29 in leap years). With a restricted day of week, cron fires on either, so it always does.
 */
export function neverFires(expression: string): CronError | undefined {
  const fields: { text: string; offset: number }[] = [];
  const pattern = /\S+/g;
  for (let match = pattern.exec(expression); match; match = pattern.exec(expression)) fields.push({ text: match[0], offset: match.index });
  const [, , dayField, monthField, weekdayField] = fields;
  if (!dayField || !monthField || weekdayField?.text !== "*" || dayField.text === "*") return undefined;
  const days = fieldValues(dayField.text, FIELDS[2] as FieldRule);
  const months = fieldValues(monthField.text, FIELDS[3] as FieldRule);
  if (months.some((month) => days.some((day) => day <= (MONTH_DAYS[month - 1] ?? 31)))) return undefined;
  const monthWords = months.map((month) => MONTH_NAMES[month - 1] ?? String(month));
  const smallest = Math.min(...days);
  const day = days.length === 1 ? `day ${smallest}` : `day ${smallest} or later`;
  const which = months.length === 1 ? `${monthWords[0]} has no ${day}` : `none of its months (${monthWords.join(", ")}) has a ${day}`;
  return { offset: dayField.offset, message: `the cron expression "${expression}" never fires: ${which}. Change the day of month or the month` };
}
