/**
 * The Airflow template context of one task in one run, as Airflow 2.10+ and 3 build it
 * (TaskInstance.get_template_context / the task SDK's RuntimeTaskInstance): dates are pendulum
 * DateTimes in UTC, `ds`/`ts` and friends are strings derived from the logical date, and `macros`
 * holds ds_add, ds_format, datetime and timedelta.
 */
import { closest } from "../dagfile/suggest.js";
import { formatValue, bindArguments, TemplateEvalError } from "./pymethods.js";
import { PyDateTime, PyTimedelta } from "./pydate.js";
import { numberOf, PyFunction, PyNamespace, pyStr, type PyValue, typeName } from "./pyvalue.js";
import { FormatDirectiveError, strptime } from "./strftime.js";
import type { TemplateScope } from "./template.js";
import type { DagRunInfo } from "./timetable.js";
import { MICROS_PER_DAY, MICROS_PER_SECOND } from "./zone.js";

const NOT_LOCAL = "is not available in local runs (it needs Airflow's metadata database or connections)";
const REMOVED_IN_3 = "was deprecated in Airflow 2 and removed in Airflow 3";

/** Context names Airflow has and local runs do not reproduce, with what to use instead. */
const REFUSED: ReadonlyMap<string, string> = new Map([
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
    "start_date",
  ].map((name): [string, string] => [name, `'${name}' ${NOT_LOCAL}`]),
  ...["prev_data_interval_start_success", "prev_data_interval_end_success", "prev_start_date_success", "prev_end_date_success"].map(
    (name): [string, string] => [name, `'${name}' depends on earlier runs, which local runs do not have`],
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
  ["yesterday_ds_nodash", `'yesterday_ds_nodash' ${REMOVED_IN_3}`],
]);

const MACROS_REFUSED: ReadonlyMap<string, string> = new Map(
  ["dateutil", "time", "uuid", "random", "json", "ds_format_locale", "datetime_diff_for_humans"].map((name): [string, string] => [
    name,
    `macros.${name} is not supported in local runs (supported: ds_add, ds_format, datetime, timedelta)`,
  ]),
);

function stringArgument(value: PyValue | undefined, what: string): string {
  if (typeof value !== "string") throw new TemplateEvalError(`${what} must be a str, not ${value === undefined ? "nothing" : typeName(value)}`);
  return value;
}

function parsed(text: string, format: string): PyDateTime {
  try {
    const result = strptime(text, format);
    if (!result.ok) throw new TemplateEvalError(`ValueError: ${result.message}`);
    return new PyDateTime(result.wall, undefined);
  } catch (thrown) {
    if (thrown instanceof FormatDirectiveError) throw new TemplateEvalError(`strptime directive ${thrown.message} is not supported in local runs`);
    throw thrown;
  }
}

/** airflow.macros.ds_add: `ds` plus `days`, as YYYY-MM-DD (ds unchanged when days is 0). */
function dsAdd(args: PyValue[], kwargs: ReadonlyMap<string, PyValue>): PyValue {
  const bound = bindArguments("ds_add", ["ds", "days"], args, kwargs, 2);
  const ds = bound.get("ds") as PyValue;
  const days = numberOf(bound.get("days") as PyValue);
  if (days === undefined) throw new TemplateEvalError(`ds_add() days must be a number, not ${typeName(bound.get("days") as PyValue)}`);
  if (!days) return pyStr(ds);
  const date = parsed(pyStr(ds), "%Y-%m-%d").plus(new PyTimedelta(Math.round(days * MICROS_PER_DAY)));
  return formatValue(date, "%Y-%m-%d");
}

/** airflow.macros.ds_format: reformat `ds` from one strptime format to another. */
function dsFormat(args: PyValue[], kwargs: ReadonlyMap<string, PyValue>): PyValue {
  const bound = bindArguments("ds_format", ["ds", "input_format", "output_format"], args, kwargs, 3);
  const date = parsed(pyStr(bound.get("ds") as PyValue), stringArgument(bound.get("input_format"), "input_format"));
  return formatValue(date, stringArgument(bound.get("output_format"), "output_format"));
}

const TIMEDELTA_PARAMETERS = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"];
const TIMEDELTA_UNITS: Readonly<Record<string, number>> = {
  days: MICROS_PER_DAY,
  seconds: MICROS_PER_SECOND,
  microseconds: 1,
  milliseconds: 1000,
  minutes: 60 * MICROS_PER_SECOND,
  hours: 3600 * MICROS_PER_SECOND,
  weeks: 7 * MICROS_PER_DAY,
};

function timedelta(args: PyValue[], kwargs: ReadonlyMap<string, PyValue>): PyValue {
  let micros = 0;
  for (const [name, value] of bindArguments("timedelta", TIMEDELTA_PARAMETERS, args, kwargs)) {
    const number = numberOf(value);
    if (number === undefined) throw new TemplateEvalError(`unsupported type for timedelta ${name} component: ${typeName(value)}`);
    micros += number * (TIMEDELTA_UNITS[name] ?? 0);
  }
  return new PyTimedelta(Math.round(micros));
}

function datetime(args: PyValue[], kwargs: ReadonlyMap<string, PyValue>): PyValue {
  if (kwargs.has("tzinfo") || args.length > 7) throw new TemplateEvalError("macros.datetime(..., tzinfo) is not supported in local runs");
  const bound = bindArguments("datetime", ["year", "month", "day", "hour", "minute", "second", "microsecond"], args, kwargs, 3);
  const part = (name: string, low: number, high: number): number => {
    const value = bound.get(name) ?? (name === "year" || name === "month" || name === "day" ? undefined : 0);
    if (typeof value !== "number") throw new TemplateEvalError(`datetime() ${name} must be an int, not ${value === undefined ? "nothing" : typeName(value)}`);
    if (value < low || value > high) throw new TemplateEvalError(`datetime() ${name} must be in ${low}..${high}`);
    return value;
  };
  const [year, month, day] = [part("year", 1, 9999), part("month", 1, 12), part("day", 1, 31)];
  const milliseconds = Date.UTC(year, month - 1, day, part("hour", 0, 23), part("minute", 0, 59), part("second", 0, 59));
  if (new Date(milliseconds).getUTCDate() !== day) throw new TemplateEvalError("datetime() day is out of range for month");
  return new PyDateTime(milliseconds * 1000 + part("microsecond", 0, 999_999), undefined);
}

const MACROS = new PyNamespace(
  "macros",
  new Map<string, PyValue>([
    ["ds_add", new PyFunction("ds_add", dsAdd)],
    ["ds_format", new PyFunction("ds_format", dsFormat)],
    ["timedelta", new PyFunction("timedelta", timedelta)],
    [
      "datetime",
      new PyFunction(
        "datetime",
        datetime,
        new Map([
          [
            "strptime",
            new PyFunction("strptime", (args, kwargs) => {
              const bound = bindArguments("strptime", ["date_string", "format"], args, kwargs, 2);
              return parsed(stringArgument(bound.get("date_string"), "date_string"), stringArgument(bound.get("format"), "format"));
            }),
          ],
        ]),
      ),
    ],
  ]),
  MACROS_REFUSED,
);

/** The names of the context that local runs provide (for suggestions and documentation). */
export const CONTEXT_NAMES = [
  "ds",
  "ds_nodash",
  "ts",
  "ts_nodash",
  "ts_nodash_with_tz",
  "logical_date",
  "data_interval_start",
  "data_interval_end",
  "run_id",
  "params",
  "macros",
  "dag",
  "task",
  "task_instance_key_str",
];

/** The values every task of a run shares; build once per run. */
export function runValues(run: DagRunInfo, dagId: string, params: ReadonlyMap<string, PyValue>): Map<string, PyValue> {
  const logicalDate = new PyDateTime(run.logicalDate, "UTC");
  const ds = formatValue(logicalDate, "%Y-%m-%d");
  const ts = logicalDate.isoformat();
  return new Map<string, PyValue>([
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
    ["dag", new PyNamespace("dag", new Map([["dag_id", dagId]]))],
  ]);
}

/** The scope of one task: the run's values plus `task` and `task_instance_key_str`. */
export function taskScope(shared: ReadonlyMap<string, PyValue>, dagId: string, taskId: string): TemplateScope {
  const values = new Map(shared);
  values.set("task", new PyNamespace("task", new Map([["task_id", taskId]])));
  const dsNodash = shared.get("ds_nodash");
  if (typeof dsNodash !== "string") throw new Error("the run's values have no ds_nodash");
  values.set("task_instance_key_str", `${dagId}__${taskId}__${dsNodash}`);
  return { values, refused: REFUSED, suggest: (name) => closest(name, [...values.keys()]) };
}
