/**
 * Default notification texts, in Jinja, rendered by the notifier with Airflow's context. They use
 * only what every supported version provides and guard the rest with `is defined`, because a
 * DAG's templates use StrictUndefined: a missing name would fail the notification.
 * - Task callbacks: `dag`, `ti`, `run_id` on every version; `ti.log_url` is missing on Airflow
 *   3.0 (RuntimeTaskInstance gained it in 3.1).
 * - DAG callbacks: Airflow 2 passes the last task's context plus `reason`; Airflow 3.0.2-3.0.4
 *   only `dag`, `run_id` and `reason` (apache/airflow#50300); 3.0.5+ a task-like context again
 *   (apache/airflow#53684). (3.0.0 and 3.0.1 pass an empty context: no DAG-level notifier can
 *   render there; see the README's notes on DAG-level callbacks.)
 */

/** The events a notifier is attached to. */
export type NotifyEvent = "onFailure" | "onSuccess" | "onRetry";
export type NotifyLevel = "dag" | "task";

const VERBS: Record<NotifyEvent, string> = { onFailure: "failed", onSuccess: "succeeded", onRetry: "is up for retry" };

/** What happened, in one line: which DAG (and task), what, which run; `html` escapes the values. */
export function headline(level: NotifyLevel, event: NotifyEvent, html = false): string {
  const value = (expression: string) => `{{ ${expression}${html ? " | e" : ""} }}`;
  const subject = level === "dag" ? `DAG ${value("dag.dag_id")}` : `Task ${value("ti.task_id")} of DAG ${value("dag.dag_id")}`;
  const run = `{% if run_id is defined %} (run ${value("run_id")}){% endif %}`;
  const reason = level === "dag" ? `{% if reason is defined and reason %}: ${value("reason")}{% endif %}` : "";
  return `Airflow: ${subject} ${VERBS[event]}${run}${reason}`;
}

const HAS_LOG_URL = "{% if ti is defined and ti.log_url is defined %}";

/** Slack text: the headline and, where Airflow provides one, the log URL. */
export function defaultSlackText(level: NotifyLevel, event: NotifyEvent): string {
  return `${headline(level, event)}.${HAS_LOG_URL} Log: {{ ti.log_url }}{% endif %}`;
}

/** Email subject: the headline. */
export function defaultEmailSubject(level: NotifyLevel, event: NotifyEvent): string {
  return headline(level, event);
}

/** Email body (HTML): the headline and a link to the log where there is one. */
export function defaultEmailHtml(level: NotifyLevel, event: NotifyEvent): string {
  return `<p>${headline(level, event, true)}.</p>${HAS_LOG_URL}<p><a href="{{ ti.log_url }}">Log</a></p>{% endif %}`;
}
