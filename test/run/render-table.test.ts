/**
 * Rendered values of every supported template form at several runs, each run chosen from its
 * DAG's timetable. Where each expectation comes from:
 * - run choice: Airflow's CronDataIntervalTimetable (airflow/timetables/_cron.py, interval.py):
 *   a run's logical date is the start of its data interval, it is triggered at the end; cron is
 *   evaluated by croniter on wall-clock times of the DAG's zone, made aware with fold=1 (a time
 *   in a spring-forward gap moves forward by the gap; a repeated time is its second occurrence),
 *   and schedules firing every hour step by elapsed wall-clock time. Docs: "Data Interval"
 *   (core-concepts/dag-run) and "Time zones" (authoring-and-scheduling/timezone). The DST rows
 *   were also checked against croniter and pendulum running that code.
 * - run_id: `scheduled__` + logical_date.isoformat() (DagRunType.generate_run_id on 2.10; on 3.x
 *   the scheduler passes dag_model.next_dagrun, the logical date); manual runs `manual__` + the
 *   trigger time, which is also the logical date; manual data intervals have zero length
 *   (NullTimetable.infer_manual_data_interval = DataInterval.exact).
 * - context: TaskInstance.get_template_context (2.10) / RuntimeTaskInstance (3.x): dates are
 *   pendulum DateTimes in UTC; ds = strftime("%Y-%m-%d"), ds_nodash = ds without dashes,
 *   ts = isoformat(), ts_nodash = strftime("%Y%m%dT%H%M%S"), ts_nodash_with_tz = ts without - and :.
 * - printing: pendulum 3 DateTime.__str__ is isoformat(" ") (`2024-05-09 06:00:00+00:00`);
 *   Python str() of True/None/1.5/['a'] for params; str(timedelta) `1 day, 0:00:05`.
 * - filters: airflow/templates.py (ds/ds_nodash call strftime, ts calls isoformat);
 *   macros: airflow/macros/__init__.py (ds_add, ds_format), datetime/timedelta are Python's.
 */
import { describe, expect, test } from "vitest";
import type { NormalisedDag, Schedule } from "../../src/dagfile/model.js";
import { runValues, taskScope } from "../../src/run/context.js";
import { renderTemplate } from "../../src/run/template.js";
import { chooseRun, type RunRequest } from "../../src/run/timetable.js";
import { PyFloat, type PyValue } from "../../src/run/pyvalue.js";

const micros = (iso: string) => Date.parse(iso) * 1000;

function dag(schedule: Schedule, timezone: string): NormalisedDag {
  return {
    dagId: "sales",
    project: "sales",
    sourceFile: "dag.yaml",
    schedule,
    timezone,
    startDate: { year: 2024, month: 1, day: 1, hour: 0, minute: 0, second: 0 },
    catchup: false,
    tags: [],
    params: [],
    tasks: [],
    edges: [],
  };
}
const cron = (expression: string, written = expression): Schedule => ({ kind: "cron", expression, written });

interface Case {
  name: string;
  dag: NormalisedDag;
  request: RunRequest;
  expected: Record<string, string>;
}

const CASES: Case[] = [
  {
    name: "daily at 06:00 UTC, triggered at the end of its interval",
    dag: dag(cron("0 6 * * *"), "UTC"),
    request: { kind: "at", at: micros("2024-05-10T06:00:00Z") },
    expected: {
      "{{ run_id }}": "scheduled__2024-05-09T06:00:00+00:00",
      "{{ ds }}": "2024-05-09",
      "{{ ds_nodash }}": "20240509",
      "{{ ts }}": "2024-05-09T06:00:00+00:00",
      "{{ ts_nodash }}": "20240509T060000",
      "{{ ts_nodash_with_tz }}": "20240509T060000+0000",
      "{{ logical_date }}": "2024-05-09 06:00:00+00:00",
      "{{ data_interval_start }}": "2024-05-09 06:00:00+00:00",
      "{{ data_interval_end }}": "2024-05-10 06:00:00+00:00",
      "{{ data_interval_end.isoformat() }}": "2024-05-10T06:00:00+00:00",
      "{{ data_interval_end | ds }}": "2024-05-10",
      "{{ data_interval_end | ds_nodash }}": "20240510",
      "{{ data_interval_start | ts }}": "2024-05-09T06:00:00+00:00",
      "{{ data_interval_start | ts_nodash }}": "20240509T060000",
      "{{ logical_date.strftime('%Y/%m/%d %H:%M %a %b %j %z %Z') }}": "2024/05/09 06:00 Thu May 130 +0000 UTC",
      "{{ logical_date.date() }}": "2024-05-09",
      "{{ logical_date.date().isoformat() }}": "2024-05-09",
      "{{ logical_date.year }}-{{ logical_date.month }}": "2024-5",
      "{{ macros.ds_add(ds, 1) }}": "2024-05-10",
      "{{ macros.ds_add(ds, -10) }}": "2024-04-29",
      "{{ macros.ds_add(ds, 0) }}": "2024-05-09",
      "{{ macros.ds_format(ds, '%Y-%m-%d', '%d.%m.%Y') }}": "09.05.2024",
      "{{ macros.datetime(2024, 1, 31) }}": "2024-01-31 00:00:00",
      "{{ macros.datetime.strptime(ds, '%Y-%m-%d').isoformat() }}": "2024-05-09T00:00:00",
      "{{ macros.timedelta(days=1, seconds=5) }}": "1 day, 0:00:05",
      "{{ logical_date - macros.timedelta(hours=7) }}": "2024-05-08 23:00:00+00:00",
      "{{ (logical_date + macros.timedelta(days=1)) | ds }}": "2024-05-10",
      "{{ logical_date.in_timezone('America/New_York') }}": "2024-05-09 02:00:00-04:00",
      "{{ dag.dag_id }}/{{ task.task_id }}": "sales/extract",
      "{{ task_instance_key_str }}": "sales__extract__20240509",
      "--day={{ ds }} --next={{ data_interval_end | ds }}": "--day=2024-05-09 --next=2024-05-10",
      "{{ ds ~ '_' ~ ds_nodash }}": "2024-05-09_20240509",
      "{{ ds[:4] }}": "2024",
      "{{ ds.replace('-', '/') | upper }}": "2024/05/09",
      "{% if params.full_refresh %}--full{% else %}--incremental{% endif %}": "--full",
      "{{ params.full_refresh }} {{ params.ratio }} {{ params.tables }} {{ params.region }} {{ params.empty }}": "True 0.5 ['orders', 'refunds'] us None",
      "{{ params.tables | join(',') }}": "orders,refunds",
      "{{ params.get('region') }}": "us",
      "{{ 'x' if params.region == 'us' else 'y' }}": "x",
      "{{ params.missing is defined }}": "False",
      "a  {{- ' b ' -}}  c": "a b c",
      "{# a comment #}kept": "kept",
      "plain text\n": "plain text",
    },
  },
  {
    name: "hourly at :15 (the template weather project), triggered between two runs",
    dag: dag(cron("15 * * * *"), "UTC"),
    request: { kind: "at", at: micros("2024-05-09T06:20:00Z") },
    expected: {
      "{{ run_id }}": "scheduled__2024-05-09T05:15:00+00:00",
      "{{ data_interval_start.isoformat() }}": "2024-05-09T05:15:00+00:00",
      "{{ data_interval_end.isoformat() }}": "2024-05-09T06:15:00+00:00",
      "{{ ts_nodash }}": "20240509T051500",
    },
  },
  {
    name: "Europe/Berlin at 02:30 across the spring-forward gap (02:30 does not exist on 2024-03-31)",
    dag: dag(cron("30 2 * * *"), "Europe/Berlin"),
    request: { kind: "at", at: micros("2024-03-31T03:00:00Z") },
    expected: {
      // 2024-03-30 02:30 CET = 01:30Z; 2024-03-31 02:30 is in the gap, read with fold=1 -> 03:30 CEST = 01:30Z.
      "{{ run_id }}": "scheduled__2024-03-30T01:30:00+00:00",
      "{{ data_interval_end }}": "2024-03-31 01:30:00+00:00",
      "{{ data_interval_end.in_timezone('Europe/Berlin') }}": "2024-03-31 03:30:00+02:00",
      "{{ ds }}": "2024-03-30",
    },
  },
  {
    name: "Europe/Berlin at 02:30, the run after the gap (23-hour interval)",
    dag: dag(cron("30 2 * * *"), "Europe/Berlin"),
    request: { kind: "logical-date", date: micros("2024-03-31T01:30:00Z") },
    expected: {
      "{{ run_id }}": "scheduled__2024-03-31T01:30:00+00:00",
      "{{ data_interval_end }}": "2024-04-01 00:30:00+00:00",
    },
  },
  {
    name: "Europe/Berlin at 02:30 when clocks go back (02:30 happens twice on 2024-10-27: the second one)",
    dag: dag(cron("30 2 * * *"), "Europe/Berlin"),
    request: { kind: "at", at: micros("2024-10-27T03:00:00Z") },
    expected: {
      "{{ run_id }}": "scheduled__2024-10-26T00:30:00+00:00",
      "{{ data_interval_end }}": "2024-10-27 01:30:00+00:00",
      "{{ data_interval_end.in_timezone('Europe/Berlin') }}": "2024-10-27 02:30:00+01:00",
    },
  },
  {
    name: "hourly in Europe/Berlin through the repeated hour (every real hour runs)",
    dag: dag(cron("0 * * * *", "@hourly"), "Europe/Berlin"),
    request: { kind: "at", at: micros("2024-10-27T02:00:00Z") },
    expected: {
      "{{ run_id }}": "scheduled__2024-10-27T01:00:00+00:00",
      "{{ data_interval_start.in_timezone('Europe/Berlin') }}": "2024-10-27 02:00:00+01:00",
    },
  },
  {
    name: "America/New_York midnight on the day clocks go back: ds is the UTC date",
    dag: dag(cron("0 0 * * *", "@daily"), "America/New_York"),
    request: { kind: "at", at: micros("2024-11-03T12:00:00Z") },
    expected: {
      "{{ run_id }}": "scheduled__2024-11-02T04:00:00+00:00",
      "{{ ds }}": "2024-11-02",
      "{{ data_interval_end }}": "2024-11-03 04:00:00+00:00",
    },
  },
  {
    name: "@weekly preset (Sunday midnight)",
    dag: dag(cron("0 0 * * 0", "@weekly"), "UTC"),
    request: { kind: "at", at: micros("2024-05-14T10:00:00Z") },
    expected: { "{{ run_id }}": "scheduled__2024-05-05T00:00:00+00:00", "{{ data_interval_end | ds }}": "2024-05-12" },
  },
  {
    name: "@quarterly preset",
    dag: dag(cron("0 0 1 */3 *", "@quarterly"), "UTC"),
    request: { kind: "at", at: micros("2024-07-01T00:00:00Z") },
    expected: { "{{ ds }}": "2024-04-01", "{{ data_interval_end | ds }}": "2024-07-01" },
  },
  {
    name: "@monthly preset in Europe/Berlin: ds is the UTC date of local midnight",
    dag: dag(cron("0 0 1 * *", "@monthly"), "Europe/Berlin"),
    request: { kind: "at", at: micros("2024-04-01T00:00:00Z") },
    expected: { "{{ ds }}": "2024-02-29", "{{ logical_date }}": "2024-02-29 23:00:00+00:00", "{{ data_interval_end }}": "2024-03-31 22:00:00+00:00" },
  },
  {
    name: "@once: the single run at start_date",
    dag: dag({ kind: "once" }, "UTC"),
    request: { kind: "at", at: micros("2024-06-01T00:00:00Z") },
    expected: { "{{ run_id }}": "scheduled__2024-01-01T00:00:00+00:00", "{{ data_interval_end }}": "2024-01-01 00:00:00+00:00" },
  },
  {
    name: "manual DAG: the logical date is the trigger time, the interval has zero length",
    dag: dag({ kind: "none" }, "UTC"),
    request: { kind: "at", at: micros("2024-05-09T06:12:34.567Z") },
    expected: {
      "{{ run_id }}": "manual__2024-05-09T06:12:34.567000+00:00",
      "{{ ts }}": "2024-05-09T06:12:34.567000+00:00",
      "{{ ts_nodash }}": "20240509T061234",
      "{{ logical_date }}": "2024-05-09 06:12:34.567000+00:00",
      "{{ data_interval_start == data_interval_end }}": "True",
    },
  },
  {
    // No timetable to choose from: the run is the one `airflow dags trigger` creates, a manual run.
    name: "asset-scheduled DAG: run locally as triggered by hand",
    dag: dag({ kind: "assets", mode: "all", uris: ["gs://lake/orders/"] }, "UTC"),
    request: { kind: "at", at: micros("2024-05-09T06:00:00Z") },
    expected: { "{{ run_id }}": "manual__2024-05-09T06:00:00+00:00", "{{ ds }}": "2024-05-09" },
  },
];

const PARAMS = new Map<string, PyValue>([
  ["full_refresh", true],
  ["ratio", new PyFloat(0.5)],
  ["tables", ["orders", "refunds"]],
  ["region", "us"],
  ["empty", null],
]);

describe("rendered templates per run (Airflow 2.10+/3, pendulum 3)", () => {
  for (const entry of CASES) {
    test(entry.name, () => {
      const run = chooseRun(entry.dag, entry.request);
      const scope = taskScope(runValues(run, entry.dag.dagId, new Map(PARAMS)), entry.dag.dagId, "extract");
      const rendered = Object.fromEntries(
        Object.keys(entry.expected).map((template) => [template, renderTemplate(template, scope, { task: "extract", field: "args[0]" })]),
      );
      expect(rendered).toEqual(entry.expected);
    });
  }
});
