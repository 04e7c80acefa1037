import type { AirflowMajor } from "../profile.js";

/**
 * The template variables Airflow puts in a task's context, by major version: every name a
 * template may read besides `params` members and what the template binds itself. Airflow
 * renders with StrictUndefined, so any other name fails the task when it renders.
 */

/**
 * Airflow 2: KNOWN_CONTEXT_KEYS of airflow/utils/context.py on the 2.x line (v2-11-stable), the
 * list the templates reference documents. A few keys arrived during 2.x (map_index_template,
 * inlet_events, outlet_events, prev_end_date_success, reason); they are accepted for the whole
 * profile. https://airflow.apache.org/docs/apache-airflow/2.11.2/templates-ref.html
 */
const AIRFLOW_2 = [
  "conf",
  "conn",
  "dag",
  "dag_run",
  "data_interval_end",
  "data_interval_start",
  "ds",
  "ds_nodash",
  "execution_date",
  "expanded_ti_count",
  "exception",
  "inlets",
  "inlet_events",
  "logical_date",
  "macros",
  "map_index_template",
  "next_ds",
  "next_ds_nodash",
  "next_execution_date",
  "outlets",
  "outlet_events",
  "params",
  "prev_data_interval_start_success",
  "prev_data_interval_end_success",
  "prev_ds",
  "prev_ds_nodash",
  "prev_execution_date",
  "prev_execution_date_success",
  "prev_start_date_success",
  "prev_end_date_success",
  "reason",
  "run_id",
  "task",
  "task_instance",
  "task_instance_key_str",
  "test_mode",
  "templates_dict",
  "ti",
  "tomorrow_ds",
  "tomorrow_ds_nodash",
  "triggering_dataset_events",
  "ts",
  "ts_nodash",
  "ts_nodash_with_tz",
  "try_number",
  "var",
  "yesterday_ds",
  "yesterday_ds_nodash",
];

/**
 * Airflow 3: the keys of the Task SDK's Context (task-sdk/src/airflow/sdk/definitions/context.py,
 * KNOWN_CONTEXT_KEYS). https://airflow.apache.org/docs/apache-airflow/3.1.8/templates-ref.html
 */
const AIRFLOW_3 = [
  "conn",
  "dag",
  "dag_run",
  "data_interval_end",
  "data_interval_start",
  "ds",
  "ds_nodash",
  "expanded_ti_count",
  "exception",
  "inlets",
  "inlet_events",
  "logical_date",
  "macros",
  "map_index_template",
  "outlets",
  "outlet_events",
  "params",
  "prev_data_interval_start_success",
  "prev_data_interval_end_success",
  "prev_start_date_success",
  "prev_end_date_success",
  "reason",
  "run_id",
  "start_date",
  "task",
  "task_reschedule_count",
  "task_instance",
  "task_instance_key_str",
  "templates_dict",
  "test_mode",
  "ti",
  "triggering_asset_events",
  "try_number",
  "ts",
  "ts_nodash",
  "ts_nodash_with_tz",
  "var",
];

/**
 * What Airflow 3 removed, and what to write instead: Airflow 2's own deprecation table
 * (Context._DEPRECATION_REPLACEMENTS in airflow/utils/context.py) and the asset rename.
 */
export const REMOVED_IN_AIRFLOW_3: Readonly<Record<string, string>> = {
  conf: "Airflow's configuration is no longer in the template context; pass the value as a param or an environment variable",
  execution_date: "use {{ logical_date }} (or {{ data_interval_start }})",
  next_ds: "use {{ data_interval_end | ds }}",
  next_ds_nodash: "use {{ data_interval_end | ds_nodash }}",
  next_execution_date: "use {{ data_interval_end }}",
  prev_ds: "use {{ prev_data_interval_start_success | ds }} or compute it with macros.ds_add",
  prev_ds_nodash: "use {{ prev_data_interval_start_success | ds_nodash }}",
  prev_execution_date: "use {{ prev_data_interval_start_success }}",
  prev_execution_date_success: "use {{ prev_data_interval_start_success }}",
  tomorrow_ds: "use {{ macros.ds_add(ds, 1) }}",
  tomorrow_ds_nodash: "use {{ macros.ds_format(macros.ds_add(ds, 1), '%Y-%m-%d', '%Y%m%d') }}",
  yesterday_ds: "use {{ macros.ds_add(ds, -1) }}",
  yesterday_ds_nodash: "use {{ macros.ds_format(macros.ds_add(ds, -1), '%Y-%m-%d', '%Y%m%d') }}",
  triggering_dataset_events: "use {{ triggering_asset_events }}",
};

/** Names Airflow 3 has that Airflow 2 spells otherwise or lacks. */
export const AIRFLOW_3_ONLY: Readonly<Record<string, string>> = {
  triggering_asset_events: "Airflow 2 calls it triggering_dataset_events",
  task_reschedule_count: "Airflow 2 has no such variable",
  start_date: "Airflow 2 has no such variable; use {{ dag_run.start_date }}",
};

const CONTEXT: Readonly<Record<AirflowMajor, ReadonlySet<string>>> = { 2: new Set(AIRFLOW_2), 3: new Set(AIRFLOW_3) };

/** The template variables of an Airflow major version. */
export function contextVariables(airflow: AirflowMajor): ReadonlySet<string> {
  return CONTEXT[airflow];
}

/** The templates reference of an Airflow major version, named in messages. */
export function templatesReference(airflow: AirflowMajor): string {
  return airflow === 3
    ? "https://airflow.apache.org/docs/apache-airflow/3.1.8/templates-ref.html"
    : "https://airflow.apache.org/docs/apache-airflow/2.11.2/templates-ref.html";
}
