const DURATION = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

/** Seconds in a duration like `30s`, `5m`, `1h30m`, `2d`; undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  const match = DURATION.exec(text);
  if (!match || text === "") return undefined;
  const [, days, hours, minutes, seconds] = match;
  const total = Number(days ?? 0) * 86_400 + Number(hours ?? 0) * 3_600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
  return Number.isSafeInteger(total) ? total : undefined;
}

/** Suggestion for a near-miss duration such as `5 min` or `300`. */
export function durationHint(text: string): string {
  const trimmed = text.replace(/\s+/g, "");
  const words: Record<string, string> = {
    sec: "s",
    secs: "s",
    second: "s",
    seconds: "s",
    min: "m",
    mins: "m",
    minute: "m",
    minutes: "m",
    hr: "h",
    hrs: "h",
    hour: "h",
    hours: "h",
    day: "d",
    days: "d",
  };
  const match = /^(\d+)([a-z]+)$/i.exec(trimmed);
  if (match?.[2] && words[match[2].toLowerCase()]) return ` Did you mean "${match[1]}${words[match[2].toLowerCase()]}"?`;
  if (/^\d+$/.test(trimmed)) return ` Did you mean "${trimmed}s"?`;
  return "";
}
