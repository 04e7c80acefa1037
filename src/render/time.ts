import type { LocalDateTime } from "../dagfile/model.js";
import { PyCode, pyString } from "./python.js";

/** `datetime.timedelta(seconds=N)`; the file imports datetime when the model has a duration. */
export function timedelta(seconds: number): PyCode {
  return new PyCode(`datetime.timedelta(seconds=${seconds})`);
}

/** A dag.yaml date-time in the DAG's time zone, as pendulum builds it. */
export function pendulumDateTime(value: LocalDateTime, timezone: string): PyCode {
  const { year, month, day, hour, minute, second } = value;
  return new PyCode(`pendulum.datetime(${year}, ${month}, ${day}, ${hour}, ${minute}, ${second}, tz=${pyString(timezone)})`);
}
